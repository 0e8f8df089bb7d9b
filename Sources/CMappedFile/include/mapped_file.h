/* Read-only file mappings that a truncated file cannot crash: a SIGBUS inside one is absorbed. */
#ifndef OPSDECK_MAPPED_FILE_H
#define OPSDECK_MAPPED_FILE_H

#include <stddef.h>

/* Maps `length` bytes of the open file `descriptor` read-only and registers the range with the
   guard; the mapping's base, or NULL (then `*slot` is untouched). The first call installs the
   guard. */
const void *opsdeck_map_file(int descriptor, size_t length, int *slot);

/* Unregisters and unmaps the mapping registered in `slot`. */
void opsdeck_unmap_file(int slot);

/* 1 when a read in the mapping of `slot` faulted because the file shrank: the rest of the
   mapping from that page on reads as zeros. */
int opsdeck_mapped_file_torn(int slot);

/* Gives back the pages wholly inside `offset ..< offset + length` of the mapping of `slot`:
   they leave the process's memory and are read again from the file if touched. */
void opsdeck_mapped_file_release(int slot, size_t offset, size_t length);

/* Makes the guard the SIGBUS handler, chaining to the one it replaces: again after another
   handler was installed (the console's terminal guard calls it once, after its own). */
void opsdeck_mapped_file_guard_install(void);

#endif
