// Lookups in the generated prefix tables (sorted bytewise by prefix, as `LC_ALL=C sort` orders them).
#include <algorithm>
#include <cstring>

#include "PrefixData.h"

namespace reclaim_phone {

const char *ExactMatch(const PrefixEntry *table, std::size_t count, const std::string &key) {
    const PrefixEntry *end = table + count;
    const PrefixEntry *found = std::lower_bound(table, end, key, [](const PrefixEntry &entry, const std::string &k) {
        return std::strcmp(entry.prefix, k.c_str()) < 0;
    });
    return found != end && key == found->prefix ? found->value : nullptr;
}

const char *LongestPrefixMatch(const PrefixEntry *table, std::size_t count, const std::string &digits) {
    // Prefixes are short (at most a dozen digits), so trying each length from the longest is cheap.
    for (std::size_t length = digits.size(); length > 0; --length) {
        if (const char *value = ExactMatch(table, count, digits.substr(0, length))) {
            return value;
        }
    }
    return nullptr;
}

}  // namespace reclaim_phone
