/* kbxapian.h: a small C API over Xapian's C++ library.
 *
 * Opaque handles, status codes, results through out-parameters. Every C++
 * exception is caught inside the shim and turned into a kbx_status plus a
 * message (malloc'd, freed with kbx_free). Nothing C++ crosses this header.
 * Strings are UTF-8 with an explicit length unless noted as NUL-terminated.
 */
#ifndef KB_XAPIAN_H
#define KB_XAPIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kbx_status {
    KBX_OK = 0,
    KBX_ERR_LOCKED = 1,        /* another writer holds the database lock */
    KBX_ERR_CORRUPT = 2,       /* the database files are damaged */
    KBX_ERR_MODIFIED = 3,      /* changed under a reader: reopen and retry */
    KBX_ERR_OPENING = 4,       /* not found, or cannot be opened */
    KBX_ERR_QUERY = 5,         /* a query Xapian rejects (parse, wildcard) */
    KBX_ERR_INVALID = 6,       /* invalid argument or operation */
    KBX_ERR_DOC_NOT_FOUND = 7, /* no such document */
    KBX_ERR_NO_MEMORY = 8,
    KBX_ERR_OTHER = 9
} kbx_status;

typedef struct kbx_db kbx_db;
typedef struct kbx_doc kbx_doc;
typedef struct kbx_indexer kbx_indexer;
typedef struct kbx_query kbx_query;
typedef struct kbx_mset kbx_mset;

/* Frees any buffer the shim returned (messages, strings). NULL is fine. */
void kbx_free(void *p);

/* Xapian's version string, e.g. "1.4.22" (static, do not free). */
const char *kbx_version(void);

/* ---- databases ---------------------------------------------------------- */

/* Opens (creating if create != 0) a writable on-disk database at path. */
kbx_status kbx_db_open_writable(const char *path, int create, kbx_db **out, char **err);
/* Opens a read-only database at path. Further shards may be added. */
kbx_status kbx_db_open_readonly(const char *path, kbx_db **out, char **err);
/* Adds another database (a shard) to a read-only handle. */
kbx_status kbx_db_add_shard(kbx_db *db, const char *path, char **err);
/* Re-reads the latest committed revision (read-only handles). */
kbx_status kbx_db_reopen(kbx_db *db, char **err);
/* Closes the database and frees the handle (writers commit pending changes). */
void kbx_db_free(kbx_db *db);

kbx_status kbx_db_doccount(kbx_db *db, uint32_t *out, char **err);
/* Whether any term of the database has positions. */
kbx_status kbx_db_has_positions(kbx_db *db, int *out, char **err);
kbx_status kbx_db_termfreq(kbx_db *db, const char *term, size_t term_len, uint32_t *out, char **err);
/* Calls fn for each term starting with prefix (in byte order) until fn returns non-zero. */
kbx_status kbx_db_terms(kbx_db *db, const char *prefix, size_t prefix_len,
                        int (*fn)(void *ctx, const char *term, size_t len, uint32_t termfreq),
                        void *ctx, char **err);

/* Adds or replaces the document indexed by unique_term; returns its docid. */
kbx_status kbx_db_replace(kbx_db *db, const char *unique_term, size_t term_len,
                          kbx_doc *doc, uint32_t *docid, char **err);
/* Adds or replaces the document with this docid (kb uses its SQLite row id). */
kbx_status kbx_db_replace_id(kbx_db *db, uint32_t docid, kbx_doc *doc, char **err);
/* Deletes every document indexed by unique_term (none is not an error). */
kbx_status kbx_db_delete(kbx_db *db, const char *unique_term, size_t term_len, char **err);
kbx_status kbx_db_commit(kbx_db *db, char **err);
/* Adds a word to the spelling dictionary (writers). */
kbx_status kbx_db_add_spelling(kbx_db *db, const char *word, size_t len, uint32_t freq_inc, char **err);
/* The dictionary word nearest to word within max_edit edits, or "" (caller frees *out). */
kbx_status kbx_db_spelling_suggestion(kbx_db *db, const char *word, size_t len, uint32_t max_edit,
                                      char **out, size_t *out_len, char **err);
kbx_status kbx_db_begin_transaction(kbx_db *db, char **err);
kbx_status kbx_db_commit_transaction(kbx_db *db, char **err);
kbx_status kbx_db_cancel_transaction(kbx_db *db, char **err);
/* Compacts n databases whose document ids do not overlap (one, or several to merge) into a
   new database folder at dst (writable again), keeping every document id. */
kbx_status kbx_db_merge(const char *const *srcs, size_t n, const char *dst, char **err);
/* The highest document id the database has used (0 when empty). */
kbx_status kbx_db_last_docid(kbx_db *db, uint32_t *out, char **err);
/* Commits and closes a writer (or closes a reader): later calls on it fail. */
kbx_status kbx_db_close(kbx_db *db, char **err);

/* ---- documents ---------------------------------------------------------- */

kbx_doc *kbx_doc_new(void);
void kbx_doc_free(kbx_doc *doc);
kbx_status kbx_doc_set_data(kbx_doc *doc, const char *data, size_t len, char **err);
kbx_status kbx_doc_add_term(kbx_doc *doc, const char *term, size_t len, uint32_t wdf, char **err);
kbx_status kbx_doc_add_boolean_term(kbx_doc *doc, const char *term, size_t len, char **err);
kbx_status kbx_doc_add_value(kbx_doc *doc, uint32_t slot, const char *value, size_t len, char **err);

/* ---- the indexer (a TermGenerator) --------------------------------------
 * CJK runs become characters and adjacent pairs (FLAG_CJK_NGRAM), without
 * positions: a run as written is matched by its pairs, and the characters'
 * positions were half the index. Latin words keep their positions (phrases of
 * words) and get English stems as Z-terms; CJK n-grams get no stem copies.
 * Text should already be folded (NFKC, case, script). */

kbx_indexer *kbx_indexer_new(void);
void kbx_indexer_free(kbx_indexer *ix);
/* Starts indexing into doc (term positions restart at 0). */
void kbx_indexer_set_document(kbx_indexer *ix, kbx_doc *doc);
kbx_status kbx_indexer_index_text(kbx_indexer *ix, const char *text, size_t len,
                                  uint32_t wdf_inc, const char *prefix, char **err);
/* Leaves a gap in positions so phrases do not match across fields. */
void kbx_indexer_increase_termpos(kbx_indexer *ix, uint32_t delta);

/* English stem of a (lower-case) word, as used for Z-terms; empty for CJK. */
kbx_status kbx_stem(const char *word, size_t len, char **out, size_t *out_len, char **err);

/* ---- queries ------------------------------------------------------------ */

typedef enum kbx_op {
    KBX_OP_AND = 0,
    KBX_OP_OR = 1,
    KBX_OP_AND_NOT = 2,
    KBX_OP_XOR = 3,
    KBX_OP_AND_MAYBE = 4,
    KBX_OP_FILTER = 5,
    KBX_OP_NEAR = 6,
    KBX_OP_PHRASE = 7,
    KBX_OP_ELITE_SET = 8,
    KBX_OP_SYNONYM = 9,
    KBX_OP_MAX = 10
} kbx_op;

/* All constructors return a new handle the caller frees with kbx_query_free;
 * inputs are copied, so they may be freed at once. NULL means out of memory. */
kbx_query *kbx_query_term(const char *term, size_t len, uint32_t wqf, uint32_t pos);
kbx_query *kbx_query_match_all(void);
kbx_query *kbx_query_match_nothing(void);
/* window: for NEAR/PHRASE (0 = number of subqueries); elite set size for ELITE_SET. */
kbx_status kbx_query_combine(kbx_op op, kbx_query *const *subs, size_t n, uint32_t window,
                             kbx_query **out, char **err);
kbx_status kbx_query_scale(kbx_query *q, double factor, kbx_query **out, char **err);
/* Terms starting with pattern (the prefix included), at most max_expansion (0 = no limit). */
kbx_status kbx_query_wildcard(const char *pattern, size_t len, uint32_t max_expansion,
                              kbx_query **out, char **err);
/* Documents whose value in slot lies in [lo, hi]; a NULL bound is open. */
kbx_status kbx_query_value_range(uint32_t slot, const char *lo, size_t lo_len,
                                 const char *hi, size_t hi_len, kbx_query **out, char **err);
/* Xapian's QueryParser over raw text (CJK n-grams, English stemming, optional
 * spelling correction). For comparison and tooling; kb builds its own queries. */
kbx_status kbx_query_parse(kbx_db *db, const char *text, size_t len, int spelling,
                           kbx_query **out, char **corrected, char **err);
char *kbx_query_describe(const kbx_query *q);
void kbx_query_free(kbx_query *q);

/* "More like this": the n terms that best characterise the given documents
 * (Xapian's ESet), leaving out prefixed terms, single CJK characters, Latin words
 * shorter than 3 letters and numbers. fn receives each term and its weight. */
kbx_status kbx_db_expand(kbx_db *db, const uint32_t *docids, size_t n_docids, uint32_t n_terms,
                         void (*fn)(void *ctx, const char *term, size_t len, double weight),
                         void *ctx, char **err);

/* ---- running a query ---------------------------------------------------- */

typedef struct kbx_search_options {
    uint32_t offset;
    uint32_t limit;
    uint32_t check_at_least;   /* for exact counts and facets */
    int32_t sort_slot;         /* -1: by relevance */
    int sort_descending;
    const uint32_t *facet_slots; /* value slots whose values are counted over the matches */
    size_t n_facet_slots;
    int boolean_in_docid_order; /* no weights, documents in id order: the match stops early */
    int facet_table;            /* count facets from a table of every document's values, made once
                                   per revision and shared (long-lived readers; not a writer) */
} kbx_search_options;

kbx_status kbx_search(kbx_db *db, const kbx_query *q, const kbx_search_options *opts,
                      kbx_mset **out, char **err);
void kbx_mset_free(kbx_mset *ms);
uint32_t kbx_mset_size(const kbx_mset *ms);
uint32_t kbx_mset_estimated(const kbx_mset *ms);
uint32_t kbx_mset_docid(const kbx_mset *ms, uint32_t i);
double kbx_mset_weight(const kbx_mset *ms, uint32_t i);
int kbx_mset_percent(const kbx_mset *ms, uint32_t i);
kbx_status kbx_mset_data(const kbx_mset *ms, uint32_t i, char **out, size_t *len, char **err);
kbx_status kbx_mset_value(const kbx_mset *ms, uint32_t i, uint32_t slot, char **out, size_t *len, char **err);
/* A snippet of text around the query's matches, matches wrapped in hi_start/hi_end,
 * omit placed where text was cut. Xapian escapes &, < and > in the result. */
kbx_status kbx_mset_snippet(const kbx_mset *ms, const char *text, size_t len, uint32_t length,
                            const char *hi_start, const char *hi_end, const char *omit,
                            int cjk, char **out, size_t *out_len, char **err);
/* Facet counts for the k-th requested slot: n entries, read one by one. */
uint32_t kbx_mset_facet_count(const kbx_mset *ms, uint32_t k);
kbx_status kbx_mset_facet(const kbx_mset *ms, uint32_t k, uint32_t i, char **value, size_t *len,
                          uint32_t *freq, char **err);

#ifdef __cplusplus
}
#endif
#endif
