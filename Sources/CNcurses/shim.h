/* Accessors for what Swift cannot import from ncursesw: macros and mutable globals. */
#ifndef OPSDECK_CNCURSES_SHIM_H
#define OPSDECK_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <string.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

int wcwidth(wchar_t c);

static inline WINDOW *opsdeck_stdscr(void) { return stdscr; }
static inline FILE *opsdeck_stdout(void) { return stdout; }
static inline FILE *opsdeck_stdin(void) { return stdin; }
static inline int opsdeck_lines(void) { return LINES; }
static inline int opsdeck_cols(void) { return COLS; }
static inline int opsdeck_colors(void) { return COLORS; }
static inline int opsdeck_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t opsdeck_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

static inline attr_t opsdeck_a_normal(void) { return A_NORMAL; }
static inline attr_t opsdeck_a_bold(void) { return A_BOLD; }
static inline attr_t opsdeck_a_reverse(void) { return A_REVERSE; }
static inline attr_t opsdeck_a_underline(void) { return A_UNDERLINE; }
static inline attr_t opsdeck_a_dim(void) { return A_DIM; }
static inline attr_t opsdeck_a_italic(void) { return A_ITALIC; }

static inline int opsdeck_key_resize(void) { return KEY_RESIZE; }
static inline int opsdeck_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t opsdeck_mouse_clicks(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int opsdeck_mouse_is_click(mmask_t state) { return (state & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0; }
static inline int opsdeck_mouse_is_double_click(mmask_t state) { return (state & BUTTON1_DOUBLE_CLICKED) != 0; }
static inline int opsdeck_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int opsdeck_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }
static inline int opsdeck_key_code_yes(void) { return KEY_CODE_YES; }

/* Puts one wide string (one grapheme's code points) at y,x with attributes and pair. */
static inline int opsdeck_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/* Puts one single-code-point cell at y,x: the cchar_t is filled as setcchar fills it for one
   code point, without its length count and per-character width checks (a full frame is
   thousands of cells; wider clusters still go through opsdeck_put_cell). */
static inline int opsdeck_put_scalar(WINDOW *win, int y, int x, wchar_t code, attr_t attrs, short pair) {
    cchar_t cell;
    memset(&cell, 0, sizeof cell);
    int clamped = pair > 255 ? 255 : pair;
    cell.attr = (attrs & A_ATTRIBUTES & ~A_COLOR) | (COLOR_PAIR(clamped) & A_COLOR);
    cell.chars[0] = code;
#if NCURSES_EXT_COLORS
    cell.ext_color = pair;
#endif
    return mvwadd_wch(win, y, x, &cell);
}

/* terminfo's string formatter with one or two numbers (Swift cannot call C varargs). */
static inline const char *opsdeck_tiparm1(const char *capability, int first) { return tiparm(capability, first); }
static inline const char *opsdeck_tiparm2(const char *capability, int first, int second) { return tiparm(capability, first, second); }
/* A terminfo string capability, or NULL when the terminal lacks it (hides terminfo's (char *)-1). */
static inline const char *opsdeck_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? NULL : value;
}

/* The terminal's character set name, to decide between Unicode and ASCII glyphs. */
static inline const char *opsdeck_codeset(void) { return nl_langinfo(CODESET); }

#endif
