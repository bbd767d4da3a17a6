/*
 * html_assets.h: the style sheet and script of the HTML page.
 *
 * The build compiles src/html/page.css and src/html/page.js into the
 * program (tools/embed), their comments and indentation dropped
 * (tools/strip-comments.awk), each with the base64 SHA-256 of its
 * bytes, by which the page's Content-Security-Policy allows exactly
 * them.
 */
#ifndef IOMPUBS_HTML_ASSETS_H
#define IOMPUBS_HTML_ASSETS_H

#include <stddef.h>

extern const unsigned char	html_css[];
extern const size_t		html_css_size;
extern const char		html_css_sha256[];

extern const unsigned char	html_js[];
extern const size_t		html_js_size;
extern const char		html_js_sha256[];

#endif
