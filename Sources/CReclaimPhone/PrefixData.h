// Internal to CReclaimPhone: prefix tables generated from libphonenumber's resources.
#ifndef RECLAIM_PHONE_PREFIX_DATA_H
#define RECLAIM_PHONE_PREFIX_DATA_H

#include <cstddef>
#include <string>

namespace reclaim_phone {

/// One row of a prefix table: a digit string and its value.
struct PrefixEntry {
    const char *prefix;
    const char *value;
};

extern const PrefixEntry kTimeZonePrefixes[];
extern const std::size_t kTimeZonePrefixCount;
extern const PrefixEntry kAreaCodeNames[];
extern const std::size_t kAreaCodeNameCount;

/// The value of the longest prefix of `digits` found in `table` (sorted by prefix), or nullptr.
const char *LongestPrefixMatch(const PrefixEntry *table, std::size_t count, const std::string &digits);

/// The value stored for exactly `key` in `table` (sorted by prefix), or nullptr.
const char *ExactMatch(const PrefixEntry *table, std::size_t count, const std::string &key);

}  // namespace reclaim_phone

#endif
