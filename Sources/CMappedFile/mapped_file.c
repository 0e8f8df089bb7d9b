/* Why C: the SIGBUS handler must run with no Swift runtime calls, and replace the faulting pages
   before the faulting instruction runs again. */
#define _GNU_SOURCE
#include "mapped_file.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define SLOT_COUNT 64

struct mapping_slot {
    _Atomic(uintptr_t) start; /* 0: free */
    _Atomic(size_t) length;
    atomic_int torn;
};

static struct mapping_slot slots[SLOT_COUNT];
static pthread_mutex_t install_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sigaction previous_action;
static _Atomic(uintptr_t) page_size;

/* Passes a SIGBUS that is not in a registered mapping on as the handler the guard replaced
   would have taken it. A fault (si_code > 0) runs again when the handler returns; a signal sent
   with kill (si_code <= 0) does not. */
static void chain(int number, siginfo_t *info, void *context) {
    void (*handler)(int) = previous_action.sa_handler;
    if (handler == SIG_IGN) {
        /* An ignored SIGBUS that is sent stays ignored; a fault cannot be ignored (the kernel
           ends the process), so it gets the default action on its next run. */
        if (info->si_code > 0) signal(number, SIG_DFL);
        return;
    }
    if (handler == SIG_DFL) {
        signal(number, SIG_DFL);
        /* Blocked while this handler runs: delivered, with its default action, on return. */
        if (info->si_code <= 0) raise(number);
        return;
    }
    if (previous_action.sa_flags & SA_SIGINFO) {
        previous_action.sa_sigaction(number, info, context);
    } else {
        handler(number);
    }
}

static void on_bus_error(int number, siginfo_t *info, void *context) {
    int saved_errno = errno;
    uintptr_t address = (uintptr_t)info->si_addr;
    uintptr_t page = atomic_load(&page_size);
    /* Only a fault of the kernel's has an address; a SIGBUS sent with kill goes on. */
    for (int index = 0; info->si_code == BUS_ADRERR && index < SLOT_COUNT; index++) {
        uintptr_t start = atomic_load(&slots[index].start);
        size_t length = atomic_load(&slots[index].length);
        /* 0: a free slot; 1: one being registered, its length not yet set. */
        if (start <= 1 || address < start || address >= start + length) continue;
        /* The file shrank under the mapping: zeros from the faulting page to the mapping's end,
           so every later read there succeeds, and the load that reads it learns it was torn.
           (mmap is not on POSIX's list of async-signal-safe calls; on Linux it is a plain
           system call, as the runtimes that do the same rely on.) */
        uintptr_t from = address & ~(page - 1);
        uintptr_t end = (start + length + page - 1) & ~(page - 1);
        void *zeros = mmap((void *)from, end - from, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (zeros != MAP_FAILED) {
            atomic_store(&slots[index].torn, 1);
            errno = saved_errno;
            return;
        }
        break;
    }
    errno = saved_errno;
    chain(number, info, context);
}

void opsdeck_mapped_file_guard_install(void) {
    pthread_mutex_lock(&install_lock);
    if (atomic_load(&page_size) == 0) atomic_store(&page_size, (uintptr_t)sysconf(_SC_PAGESIZE));
    struct sigaction current;
    if (sigaction(SIGBUS, NULL, &current) == 0 &&
        !((current.sa_flags & SA_SIGINFO) && current.sa_sigaction == on_bus_error)) {
        previous_action = current;
        struct sigaction guard;
        memset(&guard, 0, sizeof guard);
        guard.sa_sigaction = on_bus_error;
        guard.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&guard.sa_mask);
        sigaction(SIGBUS, &guard, NULL);
    }
    pthread_mutex_unlock(&install_lock);
}

static pthread_once_t first_install = PTHREAD_ONCE_INIT;

const void *opsdeck_map_file(int descriptor, size_t length, int *slot) {
    if (length == 0) return NULL;
    /* Once: installed again at every mapping, the guard could take over from a handler that
       chains to it, and each would then pass a SIGBUS to the other without end. */
    pthread_once(&first_install, opsdeck_mapped_file_guard_install);
    void *base = mmap(NULL, length, PROT_READ, MAP_PRIVATE, descriptor, 0);
    if (base == MAP_FAILED) return NULL;
    for (int index = 0; index < SLOT_COUNT; index++) {
        uintptr_t expected = 0;
        /* Claimed with a placeholder first, so the handler never sees a start without its length. */
        if (!atomic_compare_exchange_strong(&slots[index].start, &expected, (uintptr_t)1)) continue;
        atomic_store(&slots[index].torn, 0);
        atomic_store(&slots[index].length, length);
        atomic_store(&slots[index].start, (uintptr_t)base);
        *slot = index;
        return base;
    }
    munmap(base, length);
    return NULL;
}

void opsdeck_unmap_file(int slot) {
    if (slot < 0 || slot >= SLOT_COUNT) return;
    uintptr_t start = atomic_load(&slots[slot].start);
    size_t length = atomic_load(&slots[slot].length);
    atomic_store(&slots[slot].length, 0);
    if (start > 1) munmap((void *)start, length);
    atomic_store(&slots[slot].start, 0);
}

int opsdeck_mapped_file_torn(int slot) {
    if (slot < 0 || slot >= SLOT_COUNT) return 0;
    return atomic_load(&slots[slot].torn);
}

void opsdeck_mapped_file_release(int slot, size_t offset, size_t length) {
    if (slot < 0 || slot >= SLOT_COUNT) return;
    uintptr_t start = atomic_load(&slots[slot].start);
    size_t mapped = atomic_load(&slots[slot].length);
    uintptr_t page = atomic_load(&page_size);
    if (start <= 1 || page == 0 || offset >= mapped) return;
    if (length > mapped - offset) length = mapped - offset;
    uintptr_t from = (start + offset + page - 1) & ~(page - 1);
    uintptr_t to = (start + offset + length) & ~(page - 1);
    if (offset + length == mapped) to = (start + mapped + page - 1) & ~(page - 1);
    if (to > from) madvise((void *)from, to - from, MADV_DONTNEED);
}
