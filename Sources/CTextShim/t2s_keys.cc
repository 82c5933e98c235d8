// t2s_keys.cc: the characters that OpenCC's t2s conversion can change, read from the
// dictionaries it converts with. Text without any of them is its own conversion, so
// folding skips OpenCC (about 95% of a fold's time) for it: most of an archive is
// simplified Chinese and English. See kbt_t2s_may_change in kbtext.h.
#include "kbtext.h"

#include <opencc/DictEntry.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>

#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

namespace {

constexpr uint32_t kCodePoints = 0x110000;

std::vector<uint32_t> code_points(const std::string &s) {
    std::vector<uint32_t> out;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
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
    if (!k.complete) return 1;
    for (size_t i = 0; i < len;) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) { ++i; continue; }
        int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (i + n > len) return 1;
        uint32_t cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int j = 1; j < n; ++j) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + j]) & 0x3F);
        if (cp >= kCodePoints || k.changing[cp]) return 1;
        i += n;
    }
    return 0;
}
