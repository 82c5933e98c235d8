// t2s_keys.cc: the characters that OpenCC's t2s conversion can change, read from the
// dictionaries it converts with. Text without any of them is its own conversion, so
// folding skips OpenCC (about 95% of a fold's time) for it: most of an archive is
// simplified Chinese and English. See kbt_t2s_may_change in kbtext.h.
#include "kbtext.h"

#include <opencc/DictEntry.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <unicode/utf8.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

constexpr uint32_t kCodePoints = 0x110000;

std::vector<uint32_t> code_points(const std::string &s) {
    std::vector<uint32_t> out;
    for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t *>(s.data()), i, n, c);
        out.push_back(c < 0 ? 0xFFFD : static_cast<uint32_t>(c));
    }
    return out;
}

struct Keys {
    std::vector<bool> changing = std::vector<bool>(kCodePoints, false);
    bool complete = true;  // false: a dictionary was not read, so every text is converted

    Keys() {
        // The dictionaries of t2s.json (segmentation and conversion), where OpenCC looks for them.
        for (const char *name : {"TSPhrases.ocd2", "TSCharacters.ocd2"}) {
            std::string path = std::string("/usr/share/opencc/") + name;
            FILE *fp = std::fopen(path.c_str(), "rb");
            if (!fp) { complete = false; return; }
            try {
                auto dict = opencc::MarisaDict::NewFromFile(fp);
                std::fclose(fp);
                for (const auto &entry : *dict->GetLexicon()) {
                    auto key = code_points(entry->Key()), value = code_points(entry->GetDefault());
                    // A character's entry may keep it in one phrase and not in another (瞭 alone,
                    // 瞭解 → 了解): every key character counts. In a phrase, those it changes.
                    bool whole = key.size() == 1 || key.size() != value.size();
                    for (size_t i = 0; i < key.size(); ++i)
                        if ((whole || key[i] != value[i]) && key[i] < kCodePoints) changing[key[i]] = true;
                }
            } catch (...) {
                complete = false;
                return;
            }
        }
    }
};

const Keys &keys() {
    static const Keys k;  // built once, thread-safe (C++11 statics)
    return k;
}

}  // namespace

extern "C" int kbt_t2s_may_change(const char *utf8, size_t len) {
    const Keys &k = keys();
    if (!k.complete || len > INT32_MAX) return 1;
    for (int32_t i = 0, n = static_cast<int32_t>(len); i < n;) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t *>(utf8), i, n, c);
        if (c < 0 || k.changing[static_cast<uint32_t>(c)]) return 1;
    }
    return 0;
}
