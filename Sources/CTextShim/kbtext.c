// kbtext.c: see kbtext.h.
#include "kbtext.h"

#include <opencc/opencc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>
#include <unicode/utf16.h>

void kbt_free(void *p) { free(p); }

static void set_err(char **err, const char *fmt, const char *a, long b) {
    if (!err) return;
    char buf[512];
    snprintf(buf, sizeof buf, fmt, a, b);
    *err = strdup(buf);
}

typedef struct {
    char *bytes; size_t len, cap;
    int32_t *map; size_t n, mcap;
} sink;

static int sink_put(sink *s, UChar32 c, int32_t from) {
    if (s->len + 5 > s->cap) {  // room for one code point and the final NUL
        size_t cap = s->cap ? s->cap * 2 : 256;
        char *b = realloc(s->bytes, cap);
        if (!b) return -1;
        s->bytes = b; s->cap = cap;
    }
    if (s->map) {
        if (s->n + 1 > s->mcap) {
            size_t cap = s->mcap ? s->mcap * 2 : 256;
            int32_t *m = realloc(s->map, cap * sizeof(int32_t));
            if (!m) return -1;
            s->map = m; s->mcap = cap;
        }
        s->map[s->n] = from;
    }
    s->n++;
    UBool bad = 0;
    U8_APPEND((uint8_t *)s->bytes, s->len, s->cap, c, bad);
    return bad ? -1 : 0;
}

static int is_plain_han(UChar32 c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

static __thread opencc_t tl_t2s = (opencc_t)-1;

static opencc_t t2s(void) {
    if (tl_t2s == (opencc_t)-1) tl_t2s = opencc_open("t2s.json");
    return tl_t2s;
}

static size_t count_cps(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

int kbt_fold(const char *in, size_t len, char **out, size_t *out_len,
             int32_t **map, size_t *map_len, char **err) {
    return kbt_fold_ex(in, len, 1, out, out_len, map, map_len, err);
}

int kbt_fold_ex(const char *in, size_t len, int t2s_step, char **out, size_t *out_len,
                int32_t **map, size_t *map_len, char **err) {
    *out = NULL;
    if (map) *map = NULL;
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nf = unorm2_getNFKCCasefoldInstance(&st);
    if (U_FAILURE(st)) { set_err(err, "ICU NFKC_Casefold unavailable: %s%ld", u_errorName(st), 0); return 1; }
    sink s = {0};
    if (map) { s.map = malloc(sizeof(int32_t) * 16); s.mcap = s.map ? 16 : 0; if (!s.map) goto oom; }
    size_t i = 0;
    int32_t index = 0;  // code point index in the input
    while (i < len) {
        UChar32 c;
        size_t start = i;
        U8_NEXT((const uint8_t *)in, i, len, c);
        if (c < 0) c = 0xFFFD;
        int32_t from = index++;
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') c += 32;
            if (sink_put(&s, c, from)) goto oom;
            continue;
        }
        if (is_plain_han(c)) {
            if (sink_put(&s, c, from)) goto oom;
            continue;
        }
        // A base character with the combining marks that follow it.
        UChar seg[64];
        int32_t seglen = 0;
        U16_APPEND_UNSAFE(seg, seglen, c);
        (void)start;
        while (i < len && seglen < 60) {
            size_t j = i;
            UChar32 d;
            U8_NEXT((const uint8_t *)in, j, len, d);
            if (d < 0 || u_getCombiningClass(d) == 0) break;
            U16_APPEND_UNSAFE(seg, seglen, d);
            i = j;
            index++;
        }
        UChar norm[256];
        st = U_ZERO_ERROR;
        int32_t nlen = unorm2_normalize(nf, seg, seglen, norm, 256, &st);
        if (U_FAILURE(st)) {
            for (int32_t k = 0; k < seglen;) { UChar32 d; U16_NEXT(seg, k, seglen, d); if (sink_put(&s, d, from)) goto oom; }
            continue;
        }
        for (int32_t k = 0; k < nlen;) {
            UChar32 d;
            U16_NEXT(norm, k, nlen, d);
            if (sink_put(&s, d, from)) goto oom;
        }
    }
    // Traditional to simplified. OpenCC t2s maps character for character in
    // practice; when it does not, convert code point by code point so the map holds.
    // Text with no character t2s changes is its own conversion (see kbt_t2s_may_change):
    // OpenCC is not even opened for it.
    if (t2s_step == 1 && s.len > 0 && !kbt_t2s_may_change(s.bytes, s.len)) t2s_step = 0;
    opencc_t cc = t2s_step ? t2s() : NULL;
    if (t2s_step && cc == (opencc_t)-1) {
        set_err(err, "OpenCC t2s.json could not be opened: %s%ld", opencc_error(), 0);
        free(s.bytes); free(s.map); return 1;
    }
    if (t2s_step && s.len > 0) {
        char *conv = opencc_convert_utf8(cc, s.bytes, s.len);
        if (!conv) goto oom;
        size_t clen = strlen(conv);
        if (count_cps(conv, clen) == s.n) {
            char *copy = malloc(clen + 1);
            if (!copy) { opencc_convert_utf8_free(conv); goto oom; }
            memcpy(copy, conv, clen + 1);
            opencc_convert_utf8_free(conv);
            free(s.bytes);
            s.bytes = copy; s.len = clen; s.cap = clen + 1;
        } else {
            opencc_convert_utf8_free(conv);
            sink t = {0};
            if (map) { t.map = malloc(sizeof(int32_t) * 16); t.mcap = t.map ? 16 : 0; if (!t.map) goto oom; }
            size_t p = 0, k = 0;
            while (p < s.len) {
                size_t q = p;
                UChar32 c;
                U8_NEXT((const uint8_t *)s.bytes, q, s.len, c);
                int32_t from = map ? s.map[k] : 0;
                k++;
                if (c >= 0x2E80) {
                    char *one = opencc_convert_utf8(cc, s.bytes + p, q - p);
                    size_t olen = one ? strlen(one) : 0;
                    size_t r = 0;
                    while (r < olen) { UChar32 d; U8_NEXT((const uint8_t *)one, r, olen, d); if (d < 0) d = 0xFFFD; if (sink_put(&t, d, from)) { opencc_convert_utf8_free(one); free(t.bytes); free(t.map); goto oom; } }
                    if (one) opencc_convert_utf8_free(one);
                } else if (sink_put(&t, c, from)) { free(t.bytes); free(t.map); goto oom; }
                p = q;
            }
            free(s.bytes); free(s.map);
            s = t;
        }
    }
    if (!s.bytes) { s.bytes = malloc(1); if (!s.bytes) goto oom; }
    s.bytes[s.len] = '\0';
    *out = s.bytes;
    *out_len = s.len;
    if (map) { *map = s.map; *map_len = s.n; }
    return 0;
oom:
    free(s.bytes); free(s.map);
    set_err(err, "out of memory while folding text%s%ld", "", 0);
    return 1;
}

int kbt_detect(const char *bytes, size_t len, const char **names, int32_t *confidences,
               size_t cap, size_t *n, char **err) {
    *n = 0;
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *d = ucsdet_open(&st);
    if (U_FAILURE(st)) { set_err(err, "ICU charset detector: %s%ld", u_errorName(st), 0); return 1; }
    int32_t use = len > 0x7fffffff ? 0x7fffffff : (int32_t)len;
    ucsdet_setText(d, bytes, use, &st);
    int32_t found = 0;
    const UCharsetMatch **all = ucsdet_detectAll(d, &found, &st);
    if (U_FAILURE(st)) { ucsdet_close(d); set_err(err, "ICU charset detection failed: %s%ld", u_errorName(st), 0); return 1; }
    for (int32_t k = 0; k < found && *n < cap; k++) {
        UErrorCode s2 = U_ZERO_ERROR;
        const char *name = ucsdet_getName(all[k], &s2);
        int32_t conf = ucsdet_getConfidence(all[k], &s2);
        if (U_FAILURE(s2)) continue;
        names[*n] = name;  // static strings owned by ICU
        confidences[*n] = conf;
        (*n)++;
    }
    ucsdet_close(d);
    return 0;
}

int kbt_decode(const char *bytes, size_t len, const char *charset,
               char **out, size_t *out_len, char **err) {
    *out = NULL;
    UErrorCode st = U_ZERO_ERROR;
    UConverter *from = ucnv_open(charset, &st);
    if (U_FAILURE(st)) { set_err(err, "unknown charset %s (%ld)", charset, st); return 1; }
    ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
    size_t cap = len * 3 + 16;
    UChar *u16 = malloc(sizeof(UChar) * (len * 2 + 16));
    char *u8 = malloc(cap);
    if (!u16 || !u8) { free(u16); free(u8); ucnv_close(from); set_err(err, "out of memory%s%ld", "", 0); return 1; }
    const char *src = bytes;
    UChar *dst = u16;
    ucnv_toUnicode(from, &dst, u16 + len * 2 + 16, &src, bytes + len, NULL, 1, &st);
    if (U_FAILURE(st)) {
        long at = (long)(src - bytes);
        free(u16); free(u8); ucnv_close(from);
        set_err(err, "not valid %s near byte %ld", charset, at);
        return 1;
    }
    ucnv_close(from);
    int32_t n16 = (int32_t)(dst - u16);
    size_t w = 0;
    for (int32_t k = 0; k < n16;) {
        UChar32 c;
        U16_NEXT(u16, k, n16, c);
        UBool bad = 0;
        U8_APPEND((uint8_t *)u8, w, cap, c, bad);
        if (bad) { free(u16); free(u8); set_err(err, "conversion overflow%s%ld", "", 0); return 1; }
    }
    free(u16);
    u8[w] = '\0';
    *out = u8;
    *out_len = w;
    return 0;
}
