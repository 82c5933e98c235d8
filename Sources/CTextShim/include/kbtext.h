/* kbtext.h: text folding and legacy-encoding decoding for kb, in plain C over
 * ICU (normalisation, charset detection, conversion) and OpenCC
 * (traditional to simplified). Its own module because ICU's C API names carry
 * a version suffix that Swift cannot call by the plain name.
 *
 * Functions return 0 on success, non-zero on failure with *err set (malloc'd,
 * freed with kbt_free). */
#ifndef KB_TEXT_H
#define KB_TEXT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

void kbt_free(void *p);

/* Folds UTF-8 text for search: NFKC_Casefold (full-width to half-width, case)
 * per base character with its combining marks, then OpenCC t2s.
 * *out is the folded UTF-8 text; *map (if map is not NULL) has one entry per
 * code point of *out: the index of the input code point it came from, so a
 * span of folded text maps back to the original. */
int kbt_fold(const char *in, size_t len, char **out, size_t *out_len,
             int32_t **map, size_t *map_len, char **err);

/* kbt_fold without the OpenCC step when t2s is 0 (NFKC_Casefold only): the map
 * of a text whose t2s conversion keeps one code point per code point. With t2s 1
 * OpenCC runs only on text that has a character it can change (see below); with
 * 2 always (the same result, slower: for tests). */
int kbt_fold_ex(const char *in, size_t len, int t2s, char **out, size_t *out_len,
                int32_t **map, size_t *map_len, char **err);

/* 1 when OpenCC's t2s conversion may change this UTF-8 text: it has a character
 * that a key of t2s's dictionaries (TSPhrases, TSCharacters) holds and its value
 * changes (every key of TSCharacters: 瞭 stays 瞭 alone, not in 瞭解). 0 when the
 * conversion is the text itself. 1 always if the dictionaries cannot be read. */
int kbt_t2s_may_change(const char *utf8, size_t len);

/* Charset detection (ICU ucsdet): up to cap candidates, best first; names are
 * static ICU strings. Returns the number found in *n. */
int kbt_detect(const char *bytes, size_t len, const char **names, int32_t *confidences,
               size_t cap, size_t *n, char **err);

/* Strict decoding of bytes in charset to UTF-8: an invalid or unmappable
 * sequence is an error naming the byte offset. */
int kbt_decode(const char *bytes, size_t len, const char *charset,
               char **out, size_t *out_len, char **err);

#ifdef __cplusplus
}
#endif
#endif
