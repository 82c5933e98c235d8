// kbxapian.cc: the C API of kbxapian.h over Xapian's C++ library.
// Every entry point catches every exception; none crosses extern "C".

#include "kbxapian.h"

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct kbx_db {
    Xapian::Database db;                // the reader, or the writer as a Database
    std::string paths;                  // where its shards are, each followed by a NUL
    std::unique_ptr<Xapian::WritableDatabase> writer;
    Xapian::Database &read() { return writer ? *writer : db; }
};
struct kbx_doc { Xapian::Document doc; };
struct kbx_query { Xapian::Query q; };
struct kbx_indexer { Xapian::TermGenerator tg; };
struct kbx_facet { std::vector<std::pair<std::string, Xapian::doccount>> entries; };
struct kbx_mset {
    Xapian::Enquire enquire;  // kept alive: snippet() needs the enquire's query
    Xapian::MSet mset;
    std::vector<kbx_facet> facets;
    explicit kbx_mset(const Xapian::Database &db) : enquire(db) {}
};

namespace {

char *copy_out(const std::string &s, size_t *len = nullptr) {
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (!p) return nullptr;
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    if (len) *len = s.size();
    return p;
}

void set_err(char **err, const std::string &msg) {
    if (err) *err = copy_out(msg);
}

// Xapian's English stemmer, but nothing for CJK: with FLAG_CJK_NGRAM every
// character and pair would otherwise get a useless Z-copy (+35% index).
class LatinOnlyStemmer : public Xapian::StemImplementation {
    Xapian::Stem english{"english"};
  public:
    std::string operator()(const std::string &word) override {
        if (word.empty()) return word;
        unsigned char c = static_cast<unsigned char>(word[0]);
        if (c >= 0xE0) return std::string();  // 3- and 4-byte UTF-8 leads: CJK and beyond
        return english(word);
    }
    std::string get_description() const override { return "latin-only english"; }
};

Xapian::Stem make_stemmer() { return Xapian::Stem(new LatinOnlyStemmer()); }

// Terms worth showing and searching for "more like this": whole words that a person reads as
// the reason two documents are alike. Dictionary words (W转速, W碳刷), models (XMTDL5M) and
// other identifiers (XIE23), and Latin words; never the character pairs that index Chinese
// (修服, 换向, 向器 cut across words), single characters, stems, filters or bare numbers.
class UsefulTerms : public Xapian::ExpandDecider {
    const Xapian::Database &db;
    static size_t characters(const std::string &s, size_t from) {
        size_t chars = 0;
        for (size_t i = from; i < s.size(); ++i) chars += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        return chars;
    }
  public:
    explicit UsefulTerms(const Xapian::Database &d) : db(d) {}
    bool operator()(const std::string &term) const override {
        if (term.empty()) return false;
        // A term no other document has finds nothing like it.
        if (db.get_termfreq(term) < 2) return false;
        if (term[0] == 'W') return characters(term, 1) >= 2;                    // a dictionary word
        if (term.rfind("XM", 0) == 0 || term.rfind("XI", 0) == 0) return term.size() >= 4;  // a model, a code
        unsigned char c = static_cast<unsigned char>(term[0]);
        if (c >= 'A' && c <= 'Z') return false;  // other prefixes: stems, serials, filters
        if (c >= 0x80) return false;             // character pairs and single characters
        if (term.size() < 3) return false;
        for (unsigned char b : term) if (!(b >= '0' && b <= '9')) return true;
        return false;                            // a bare number
    }
};

// Runs body and maps any exception onto a status; the one choke point.
template <typename F>
kbx_status guarded(char **err, F &&body) {
    try {
        body();
        return KBX_OK;
    } catch (const Xapian::DatabaseLockError &e) {
        set_err(err, e.get_description());
        return KBX_ERR_LOCKED;
    } catch (const Xapian::DatabaseCorruptError &e) {
        set_err(err, e.get_description());
        return KBX_ERR_CORRUPT;
    } catch (const Xapian::DatabaseModifiedError &e) {
        set_err(err, e.get_description());
        return KBX_ERR_MODIFIED;
    } catch (const Xapian::DatabaseOpeningError &e) {
        set_err(err, e.get_description());
        return KBX_ERR_OPENING;
    } catch (const Xapian::QueryParserError &e) {
        set_err(err, e.get_description());
        return KBX_ERR_QUERY;
    } catch (const Xapian::WildcardError &e) {
        set_err(err, e.get_description());
        return KBX_ERR_QUERY;
    } catch (const Xapian::DocNotFoundError &e) {
        set_err(err, e.get_description());
        return KBX_ERR_DOC_NOT_FOUND;
    } catch (const Xapian::InvalidArgumentError &e) {
        set_err(err, e.get_description());
        return KBX_ERR_INVALID;
    } catch (const Xapian::InvalidOperationError &e) {
        set_err(err, e.get_description());
        return KBX_ERR_INVALID;
    } catch (const Xapian::Error &e) {
        set_err(err, e.get_description());
        return KBX_ERR_OTHER;
    } catch (const std::bad_alloc &) {
        set_err(err, "out of memory");
        return KBX_ERR_NO_MEMORY;
    } catch (const std::exception &e) {
        set_err(err, e.what());
        return KBX_ERR_OTHER;
    } catch (...) {
        set_err(err, "unknown C++ exception");
        return KBX_ERR_OTHER;
    }
}

Xapian::Query::op map_op(kbx_op op) {
    switch (op) {
        case KBX_OP_AND: return Xapian::Query::OP_AND;
        case KBX_OP_OR: return Xapian::Query::OP_OR;
        case KBX_OP_AND_NOT: return Xapian::Query::OP_AND_NOT;
        case KBX_OP_XOR: return Xapian::Query::OP_XOR;
        case KBX_OP_AND_MAYBE: return Xapian::Query::OP_AND_MAYBE;
        case KBX_OP_FILTER: return Xapian::Query::OP_FILTER;
        case KBX_OP_NEAR: return Xapian::Query::OP_NEAR;
        case KBX_OP_PHRASE: return Xapian::Query::OP_PHRASE;
        case KBX_OP_ELITE_SET: return Xapian::Query::OP_ELITE_SET;
        case KBX_OP_SYNONYM: return Xapian::Query::OP_SYNONYM;
        case KBX_OP_MAX: return Xapian::Query::OP_MAX;
    }
    throw Xapian::InvalidArgumentError("unknown query operator");
}

Xapian::WritableDatabase &writer_of(kbx_db *db) {
    if (!db->writer) throw Xapian::InvalidOperationError("database is open read-only");
    return *db->writer;
}

}  // namespace

extern "C" {

void kbx_free(void *p) { std::free(p); }

const char *kbx_version(void) { return Xapian::version_string(); }

kbx_status kbx_db_open_writable(const char *path, int create, kbx_db **out, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        auto h = std::make_unique<kbx_db>();
        int action = create ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN;
        h->writer = std::make_unique<Xapian::WritableDatabase>(path, action | Xapian::DB_BACKEND_GLASS);
        h->paths = std::string(path) + '\0';
        *out = h.release();
    });
}

kbx_status kbx_db_open_readonly(const char *path, kbx_db **out, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        auto h = std::make_unique<kbx_db>();
        h->db = Xapian::Database(path);
        h->paths = std::string(path) + '\0';
        *out = h.release();
    });
}

kbx_status kbx_db_add_shard(kbx_db *db, const char *path, char **err) {
    return guarded(err, [&] {
        if (db->writer) throw Xapian::InvalidOperationError("cannot add shards to a writer");
        db->db.add_database(Xapian::Database(path));
        db->paths += std::string(path) + '\0';
    });
}

kbx_status kbx_db_reopen(kbx_db *db, char **err) {
    return guarded(err, [&] { db->read().reopen(); });
}

void kbx_db_free(kbx_db *db) {
    if (!db) return;
    try {
        if (db->writer) db->writer->close();
        else db->db.close();
    } catch (...) {
        // Closing can only fail on I/O; the handle is freed regardless.
    }
    delete db;
}

kbx_status kbx_db_has_positions(kbx_db *db, int *out, char **err) {
    return guarded(err, [&] { *out = db->read().has_positions() ? 1 : 0; });
}

kbx_status kbx_db_doccount(kbx_db *db, uint32_t *out, char **err) {
    return guarded(err, [&] { *out = db->read().get_doccount(); });
}

kbx_status kbx_db_termfreq(kbx_db *db, const char *term, size_t term_len, uint32_t *out, char **err) {
    return guarded(err, [&] { *out = db->read().get_termfreq(std::string(term, term_len)); });
}

kbx_status kbx_db_terms(kbx_db *db, const char *prefix, size_t prefix_len,
                        int (*fn)(void *, const char *, size_t, uint32_t), void *ctx, char **err) {
    return guarded(err, [&] {
        Xapian::Database &d = db->read();
        std::string p(prefix, prefix_len);
        for (auto it = d.allterms_begin(p); it != d.allterms_end(p); ++it) {
            std::string t = *it;
            if (fn(ctx, t.data(), t.size(), it.get_termfreq()) != 0) break;
        }
    });
}

kbx_status kbx_db_replace(kbx_db *db, const char *unique_term, size_t term_len,
                          kbx_doc *doc, uint32_t *docid, char **err) {
    return guarded(err, [&] {
        Xapian::docid id = writer_of(db).replace_document(std::string(unique_term, term_len), doc->doc);
        if (docid) *docid = id;
    });
}

kbx_status kbx_db_replace_id(kbx_db *db, uint32_t docid, kbx_doc *doc, char **err) {
    return guarded(err, [&] {
        if (docid == 0) throw Xapian::InvalidArgumentError("docid 0 is not valid");
        writer_of(db).replace_document(docid, doc->doc);
    });
}

kbx_status kbx_db_delete(kbx_db *db, const char *unique_term, size_t term_len, char **err) {
    return guarded(err, [&] { writer_of(db).delete_document(std::string(unique_term, term_len)); });
}

kbx_status kbx_db_commit(kbx_db *db, char **err) {
    return guarded(err, [&] { writer_of(db).commit(); });
}

kbx_status kbx_db_add_spelling(kbx_db *db, const char *word, size_t len, uint32_t freq_inc, char **err) {
    return guarded(err, [&] { writer_of(db).add_spelling(std::string(word, len), freq_inc); });
}

kbx_status kbx_db_spelling_suggestion(kbx_db *db, const char *word, size_t len, uint32_t max_edit,
                                      char **out, size_t *out_len, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        std::string s = db->read().get_spelling_suggestion(std::string(word, len), max_edit);
        *out = copy_out(s, out_len);
        if (!*out) throw std::bad_alloc();
    });
}

kbx_status kbx_db_begin_transaction(kbx_db *db, char **err) {
    return guarded(err, [&] { writer_of(db).begin_transaction(true); });
}

kbx_status kbx_db_commit_transaction(kbx_db *db, char **err) {
    return guarded(err, [&] { writer_of(db).commit_transaction(); });
}

kbx_status kbx_db_cancel_transaction(kbx_db *db, char **err) {
    return guarded(err, [&] { writer_of(db).cancel_transaction(); });
}

kbx_status kbx_db_merge(const char *const *srcs, size_t n, const char *dst, char **err) {
    return guarded(err, [&] {
        if (n == 0) throw Xapian::InvalidArgumentError("no database to merge");
        Xapian::Database all;
        for (size_t i = 0; i < n; ++i) all.add_database(Xapian::Database(srcs[i]));
        // A folder, not a single file: a single-file database cannot be written to again.
        // Without NO_RENUMBER Xapian shifts each source's ids to follow on from the previous
        // one's (a lone source whose first ids were deleted starts at 1 again).
        all.compact(dst, Xapian::Compactor::FULLER | Xapian::DBCOMPACT_NO_RENUMBER | Xapian::DBCOMPACT_MULTIPASS);
    });
}

kbx_status kbx_db_last_docid(kbx_db *db, uint32_t *out, char **err) {
    return guarded(err, [&] { *out = db->read().get_lastdocid(); });
}

kbx_status kbx_db_close(kbx_db *db, char **err) {
    return guarded(err, [&] {
        if (db->writer) db->writer->close();
        else db->db.close();
    });
}

// ---- documents

kbx_doc *kbx_doc_new(void) { return new (std::nothrow) kbx_doc(); }

void kbx_doc_free(kbx_doc *doc) { delete doc; }

kbx_status kbx_doc_set_data(kbx_doc *doc, const char *data, size_t len, char **err) {
    return guarded(err, [&] { doc->doc.set_data(std::string(data, len)); });
}

kbx_status kbx_doc_add_term(kbx_doc *doc, const char *term, size_t len, uint32_t wdf, char **err) {
    return guarded(err, [&] { doc->doc.add_term(std::string(term, len), wdf); });
}

kbx_status kbx_doc_add_boolean_term(kbx_doc *doc, const char *term, size_t len, char **err) {
    return guarded(err, [&] { doc->doc.add_boolean_term(std::string(term, len)); });
}

kbx_status kbx_doc_add_value(kbx_doc *doc, uint32_t slot, const char *value, size_t len, char **err) {
    return guarded(err, [&] { doc->doc.add_value(slot, std::string(value, len)); });
}

// ---- indexer

kbx_indexer *kbx_indexer_new(void) {
    try {
        auto ix = std::make_unique<kbx_indexer>();
        ix->tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
        ix->tg.set_stemmer(make_stemmer());
        ix->tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
        return ix.release();
    } catch (...) {
        return nullptr;
    }
}

void kbx_indexer_free(kbx_indexer *ix) { delete ix; }

void kbx_indexer_set_document(kbx_indexer *ix, kbx_doc *doc) { ix->tg.set_document(doc->doc); }

namespace {
// Han ideographs: CJK word characters to every version of Xapian's n-gram tokenizer.
bool is_han(unsigned c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2A6DF);
}
}  // namespace

kbx_status kbx_indexer_index_text(kbx_indexer *ix, const char *text, size_t len,
                                  uint32_t wdf_inc, const char *prefix, char **err) {
    return guarded(err, [&] {
        // Runs of Han characters are indexed without positions, the rest with them. Xapian's
        // tokenizer ends a word where a Han run begins or ends, so the terms are the ones it
        // makes of the whole text; positions advance over a run as they did with its
        // characters' positions, so words on either side of it are no phrase.
        const std::string pre = prefix ? prefix : "";
        Xapian::Utf8Iterator it(text, len), end;
        while (it != end) {
            const char *start = it.raw();
            bool han = is_han(*it);
            unsigned chars = 0;
            while (it != end && is_han(*it) == han) { ++it; ++chars; }
            const char *stop = it == end ? text + len : it.raw();
            Xapian::Utf8Iterator part(start, static_cast<size_t>(stop - start));
            if (han) {
                ix->tg.index_text_without_positions(part, wdf_inc, pre);
                ix->tg.increase_termpos(chars);
            } else {
                ix->tg.index_text(part, wdf_inc, pre);
            }
        }
    });
}

void kbx_indexer_increase_termpos(kbx_indexer *ix, uint32_t delta) { ix->tg.increase_termpos(delta); }

kbx_status kbx_stem(const char *word, size_t len, char **out, size_t *out_len, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        static thread_local Xapian::Stem stemmer = make_stemmer();
        std::string s = stemmer(std::string(word, len));
        *out = copy_out(s, out_len);
        if (!*out) throw std::bad_alloc();
    });
}

// ---- queries

kbx_query *kbx_query_term(const char *term, size_t len, uint32_t wqf, uint32_t pos) {
    try {
        return new kbx_query{Xapian::Query(std::string(term, len), wqf, pos)};
    } catch (...) {
        return nullptr;
    }
}

kbx_query *kbx_query_match_all(void) {
    try {
        return new kbx_query{Xapian::Query::MatchAll};
    } catch (...) {
        return nullptr;
    }
}

kbx_query *kbx_query_match_nothing(void) {
    try {
        return new kbx_query{Xapian::Query::MatchNothing};
    } catch (...) {
        return nullptr;
    }
}

kbx_status kbx_query_combine(kbx_op op, kbx_query *const *subs, size_t n, uint32_t window,
                             kbx_query **out, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        std::vector<Xapian::Query> qs;
        qs.reserve(n);
        for (size_t i = 0; i < n; ++i) qs.push_back(subs[i]->q);
        *out = new kbx_query{Xapian::Query(map_op(op), qs.begin(), qs.end(), window)};
    });
}

kbx_status kbx_query_scale(kbx_query *q, double factor, kbx_query **out, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        *out = new kbx_query{Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q->q, factor)};
    });
}

kbx_status kbx_query_wildcard(const char *pattern, size_t len, uint32_t max_expansion,
                              kbx_query **out, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        *out = new kbx_query{Xapian::Query(Xapian::Query::OP_WILDCARD, std::string(pattern, len),
                                           max_expansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT)};
    });
}

kbx_status kbx_query_value_range(uint32_t slot, const char *lo, size_t lo_len,
                                 const char *hi, size_t hi_len, kbx_query **out, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        if (lo && hi) {
            *out = new kbx_query{Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot,
                                               std::string(lo, lo_len), std::string(hi, hi_len))};
        } else if (lo) {
            *out = new kbx_query{Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, std::string(lo, lo_len))};
        } else if (hi) {
            *out = new kbx_query{Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, std::string(hi, hi_len))};
        } else {
            *out = new kbx_query{Xapian::Query::MatchAll};
        }
    });
}

kbx_status kbx_query_parse(kbx_db *db, const char *text, size_t len, int spelling,
                           kbx_query **out, char **corrected, char **err) {
    *out = nullptr;
    if (corrected) *corrected = nullptr;
    return guarded(err, [&] {
        Xapian::QueryParser qp;
        qp.set_database(db->read());
        qp.set_stemmer(make_stemmer());
        qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM;
        if (spelling) flags |= Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
        Xapian::Query q = qp.parse_query(std::string(text, len), flags);
        if (spelling && corrected) {
            std::string c = qp.get_corrected_query_string();
            if (!c.empty()) *corrected = copy_out(c);
        }
        *out = new kbx_query{q};
    });
}

char *kbx_query_describe(const kbx_query *q) {
    try {
        return copy_out(q->q.get_description());
    } catch (...) {
        return nullptr;
    }
}

void kbx_query_free(kbx_query *q) { delete q; }

kbx_status kbx_db_expand(kbx_db *db, const uint32_t *docids, size_t n_docids, uint32_t n_terms,
                         void (*fn)(void *, const char *, size_t, double), void *ctx, char **err) {
    return guarded(err, [&] {
        Xapian::Enquire enquire(db->read());
        Xapian::RSet rset;
        for (size_t i = 0; i < n_docids; ++i) rset.add_document(docids[i]);
        UsefulTerms decider(db->read());
        Xapian::ESet eset = enquire.get_eset(n_terms, rset, &decider);
        for (auto it = eset.begin(); it != eset.end(); ++it) {
            std::string t = *it;
            fn(ctx, t.data(), t.size(), it.get_weight());
        }
    });
}

// ---- running a query

namespace {

// Counts the values of several slots over the matches, reading each slot's value stream
// forward. Xapian's ValueCountMatchSpy asks the document for its value, which in glass finds
// the slot's chunk in the B-tree and decodes it from its start, for every match and slot:
// with four facets over 2,000 matches that was a fifth of a search. The matcher hands a
// local database's matches over in docid order, so each stream moves forward only; a docid
// lower than the last (never seen, but allowed) starts that stream again.
class FacetSpy : public Xapian::MatchSpy {
    Xapian::Database db;
    std::vector<Xapian::valueno> slots;
    std::vector<Xapian::ValueIterator> streams;
    std::vector<Xapian::docid> last;
  public:
    std::vector<std::unordered_map<std::string, Xapian::doccount>> counts;

    FacetSpy(const Xapian::Database &db_, const uint32_t *slots_, size_t n)
        : db(db_), slots(slots_, slots_ + n), last(n, 0), counts(n) {
        for (size_t i = 0; i < n; ++i) streams.push_back(db.valuestream_begin(slots[i]));
    }

    void operator()(const Xapian::Document &doc, double) override {
        const Xapian::docid did = doc.get_docid();
        for (size_t i = 0; i < slots.size(); ++i) {
            auto &it = streams[i];
            if (did < last[i]) it = db.valuestream_begin(slots[i]);
            last[i] = did;
            if (it == db.valuestream_end(slots[i])) continue;
            if (it.get_docid() < did) {
                it.skip_to(did);
                if (it == db.valuestream_end(slots[i])) continue;
            }
            if (it.get_docid() != did) continue;
            std::string value = *it;
            if (!value.empty()) ++counts[i][value];
        }
    }
};

// The same counts from a table made once per revision of the index: for each slot, every
// document's value as a number, and the values those numbers stand for. Counting a match is
// then an array lookup per slot, with no B-tree read, string copy or hash. Long-lived
// searchers (the server's) ask for it; the table of the newest revision is kept for every
// searcher of that revision, and a new revision makes a new one. A revision is known by the
// database's folders as well as its UUID and number: a copied store (a backup, a test's copy
// of one corpus) keeps the UUID, and its next revision holds other documents than the
// original's next one.
struct FacetTable {
    std::string paths;
    std::string uuid;
    Xapian::rev revision = 0;
    std::vector<Xapian::valueno> slots;
    std::vector<std::vector<std::string>> values;      // per slot: number - 1 -> value
    std::vector<std::vector<uint32_t>> numbers;        // per slot: docid -> number (0: none)

    FacetTable(const std::string &paths_, const Xapian::Database &db, const std::vector<Xapian::valueno> &slots_)
        : paths(paths_), uuid(db.get_uuid()), revision(db.get_revision()), slots(slots_) {
        const Xapian::docid last = db.get_lastdocid();
        for (Xapian::valueno slot : slots) {
            std::unordered_map<std::string, uint32_t> known;
            std::vector<std::string> names;
            std::vector<uint32_t> of(static_cast<size_t>(last) + 1, 0);
            for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
                std::string value = *it;
                if (value.empty() || it.get_docid() > last) continue;
                auto found = known.emplace(value, static_cast<uint32_t>(names.size() + 1));
                if (found.second) names.push_back(std::move(value));
                of[it.get_docid()] = found.first->second;
            }
            values.push_back(std::move(names));
            numbers.push_back(std::move(of));
        }
    }

    static std::shared_ptr<const FacetTable> of(kbx_db *handle, const std::vector<Xapian::valueno> &slots) {
        const Xapian::Database &db = handle->read();
        static std::mutex lock;
        static std::shared_ptr<const FacetTable> newest;
        const std::string uuid = db.get_uuid();
        const Xapian::rev revision = db.get_revision();
        std::lock_guard<std::mutex> held(lock);
        if (newest && newest->paths == handle->paths && newest->uuid == uuid && newest->revision == revision &&
            newest->slots == slots) return newest;
        auto made = std::make_shared<const FacetTable>(handle->paths, db, slots);
        newest = made;
        return made;
    }
};

class TabledFacetSpy : public Xapian::MatchSpy {
    std::shared_ptr<const FacetTable> table;
  public:
    std::vector<std::vector<Xapian::doccount>> counts;  // per slot, per number

    explicit TabledFacetSpy(std::shared_ptr<const FacetTable> table_) : table(std::move(table_)) {
        for (const auto &names : table->values) counts.emplace_back(names.size() + 1, 0);
    }

    void operator()(const Xapian::Document &doc, double) override {
        const Xapian::docid did = doc.get_docid();
        for (size_t i = 0; i < counts.size(); ++i) {
            const auto &of = table->numbers[i];
            if (did < of.size()) ++counts[i][of[did]];
        }
    }

    std::vector<kbx_facet> facets() const {
        std::vector<kbx_facet> out;
        for (size_t i = 0; i < counts.size(); ++i) {
            kbx_facet f;
            for (size_t n = 1; n < counts[i].size(); ++n)
                if (counts[i][n] > 0) f.entries.emplace_back(table->values[i][n - 1], counts[i][n]);
            out.push_back(std::move(f));
        }
        return out;
    }
};

}  // namespace

kbx_status kbx_search(kbx_db *db, const kbx_query *q, const kbx_search_options *opts,
                      kbx_mset **out, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        auto ms = std::make_unique<kbx_mset>(db->read());
        ms->enquire.set_query(q->q);
        if (opts->boolean_in_docid_order) {
            ms->enquire.set_weighting_scheme(Xapian::BoolWeight());
            ms->enquire.set_docid_order(Xapian::Enquire::ASCENDING);
        } else if (opts->sort_slot >= 0) {
            ms->enquire.set_sort_by_value_then_relevance(static_cast<Xapian::valueno>(opts->sort_slot),
                                                         opts->sort_descending != 0);
        }
        std::unique_ptr<FacetSpy> spy;
        std::unique_ptr<TabledFacetSpy> tabled;
        if (opts->n_facet_slots > 0 && opts->facet_table && !db->writer) {
            std::vector<Xapian::valueno> slots(opts->facet_slots, opts->facet_slots + opts->n_facet_slots);
            tabled = std::make_unique<TabledFacetSpy>(FacetTable::of(db, slots));
            ms->enquire.add_matchspy(tabled.get());
        } else if (opts->n_facet_slots > 0) {
            spy = std::make_unique<FacetSpy>(db->read(), opts->facet_slots, opts->n_facet_slots);
            ms->enquire.add_matchspy(spy.get());
        }
        ms->mset = ms->enquire.get_mset(opts->offset, opts->limit, opts->check_at_least);
        if (tabled) ms->facets = tabled->facets();
        if (spy) {
            for (auto &counted : spy->counts) {
                kbx_facet f;
                f.entries.assign(counted.begin(), counted.end());
                ms->facets.push_back(std::move(f));
            }
        }
        ms->enquire.clear_matchspies();
        *out = ms.release();
    });
}

void kbx_mset_free(kbx_mset *ms) { delete ms; }

uint32_t kbx_mset_size(const kbx_mset *ms) { return ms->mset.size(); }

uint32_t kbx_mset_estimated(const kbx_mset *ms) { return ms->mset.get_matches_estimated(); }

uint32_t kbx_mset_docid(const kbx_mset *ms, uint32_t i) { return *(ms->mset[i]); }

double kbx_mset_weight(const kbx_mset *ms, uint32_t i) { return ms->mset[i].get_weight(); }

int kbx_mset_percent(const kbx_mset *ms, uint32_t i) { return ms->mset[i].get_percent(); }

kbx_status kbx_mset_data(const kbx_mset *ms, uint32_t i, char **out, size_t *len, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        *out = copy_out(ms->mset[i].get_document().get_data(), len);
        if (!*out) throw std::bad_alloc();
    });
}

kbx_status kbx_mset_value(const kbx_mset *ms, uint32_t i, uint32_t slot, char **out, size_t *len, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        *out = copy_out(ms->mset[i].get_document().get_value(slot), len);
        if (!*out) throw std::bad_alloc();
    });
}

kbx_status kbx_mset_snippet(const kbx_mset *ms, const char *text, size_t len, uint32_t length,
                            const char *hi_start, const char *hi_end, const char *omit,
                            int cjk, char **out, size_t *out_len, char **err) {
    *out = nullptr;
    return guarded(err, [&] {
        // No SNIPPET_BACKGROUND_MODEL: it looks up the frequency of every word of the text in
        // the index (one B-tree read each), which made snippets a quarter of a query's time.
        // No SNIPPET_EXHAUSTIVE either: Xapian stops at a passage that cannot be bettered,
        // which chose the same passages for the 379 hits of 40 benchmark queries, 4% sooner.
        unsigned flags = 0;
        if (cjk) flags |= Xapian::MSet::SNIPPET_CJK_NGRAM;
        std::string s = ms->mset.snippet(std::string(text, len), length, make_stemmer(),
                                         flags, hi_start, hi_end, omit);
        *out = copy_out(s, out_len);
        if (!*out) throw std::bad_alloc();
    });
}

uint32_t kbx_mset_facet_count(const kbx_mset *ms, uint32_t k) {
    return k < ms->facets.size() ? static_cast<uint32_t>(ms->facets[k].entries.size()) : 0;
}

kbx_status kbx_mset_facet(const kbx_mset *ms, uint32_t k, uint32_t i, char **value, size_t *len,
                          uint32_t *freq, char **err) {
    *value = nullptr;
    return guarded(err, [&] {
        const auto &e = ms->facets.at(k).entries.at(i);
        *value = copy_out(e.first, len);
        if (!*value) throw std::bad_alloc();
        *freq = e.second;
    });
}

}  // extern "C"
