// The C interface over libphonenumber. Everything here is reentrant: PhoneNumberUtil is a
// process-wide singleton that is safe for concurrent reads, the geocoder guards its lazily
// loaded tables with its own mutex, and the prefix tables are constant.
#include "CReclaimPhone.h"

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>

#include <cstring>
#include <string>

#include "PrefixData.h"

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberOfflineGeocoder &Geocoder() {
    // Built once (C++11 guarantees thread-safe initialisation of function statics) and leaked on
    // purpose, so no thread can use it while static destructors run at exit.
    static const PhoneNumberOfflineGeocoder *const geocoder = new PhoneNumberOfflineGeocoder();
    return *geocoder;
}

const icu::Locale &English() {
    static const icu::Locale *const locale = new icu::Locale("en");
    return *locale;
}

// Copies `source` into `destination` (capacity bytes), truncating on a UTF-8 boundary.
void CopyString(const std::string &source, char *destination, std::size_t capacity) {
    std::size_t length = source.size();
    if (length >= capacity) {
        length = capacity - 1;
        while (length > 0 && (static_cast<unsigned char>(source[length]) & 0xC0) == 0x80) {
            --length;
        }
    }
    std::memcpy(destination, source.data(), length);
    destination[length] = '\0';
}

bool IsBlank(const char *text) {
    for (; *text != '\0'; ++text) {
        if (std::strchr(" \t\r\n\v\f", *text) == nullptr) {
            return false;
        }
    }
    return true;
}

std::string NormalizedRegion(const char *region) {
    std::string result = region == nullptr || *region == '\0' ? "ZZ" : region;
    for (char &character : result) {
        if (character >= 'a' && character <= 'z') {
            character = static_cast<char>(character - 'a' + 'A');
        }
    }
    return result;
}

rp_status StatusForParseError(PhoneNumberUtil::ErrorType error) {
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return RP_OK;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return RP_ERROR_INVALID_COUNTRY_CODE;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return RP_ERROR_TOO_SHORT;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return RP_ERROR_TOO_LONG;
    case PhoneNumberUtil::NOT_A_NUMBER:
        break;
    }
    return RP_ERROR_NOT_A_NUMBER;
}

rp_status StatusForPossibility(PhoneNumberUtil::ValidationResult result) {
    switch (result) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return RP_OK;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return RP_ERROR_INVALID_COUNTRY_CODE;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:  // e.g. a US number without its area code
    case PhoneNumberUtil::TOO_SHORT:
        return RP_ERROR_TOO_SHORT;
    case PhoneNumberUtil::TOO_LONG:
        return RP_ERROR_TOO_LONG;
    case PhoneNumberUtil::INVALID_LENGTH:
        break;
    }
    return RP_ERROR_INVALID_FOR_REGION;
}

std::string RegionFor(const PhoneNumberUtil &util, const PhoneNumber &number) {
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    if (region == "ZZ") {
        // Not valid anywhere: fall back to the calling code's main region ("US" for +1).
        util.GetRegionCodeForCountryCode(number.country_code(), &region);
    }
    return region;
}

void Reset(rp_result *out) {
    std::memset(out, 0, sizeof(*out));
    out->type = RP_TYPE_UNKNOWN;
    out->area_code_name = "";
    out->time_zones = "";
}

rp_status Parse(const char *input, const char *default_region, rp_result *out) {
    if (input == nullptr || IsBlank(input)) {
        return RP_ERROR_EMPTY;
    }
    // libphonenumber's parser is superlinear in the input length (100 kB takes minutes) and only
    // applies its own 250-character limit after the expensive part, so enforce it first.
    if (std::strlen(input) > RP_MAX_INPUT_LENGTH) {
        return RP_ERROR_TOO_LONG;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const rp_status parsed = StatusForParseError(util.Parse(input, NormalizedRegion(default_region), &number));
    if (parsed != RP_OK) {
        return parsed;
    }
    const int country_code = number.country_code();
    out->country_code = country_code;
    CopyString(RegionFor(util, number), out->region, RP_REGION_CAPACITY);
    const rp_status possible = StatusForPossibility(util.IsPossibleNumberWithReason(number));
    if (possible != RP_OK) {
        return possible;
    }
    out->is_possible = 1;

    std::string text;
    util.Format(number, PhoneNumberUtil::E164, &text);
    CopyString(text, out->e164, RP_E164_CAPACITY);
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    CopyString(text, out->international, RP_FORMATTED_CAPACITY);

    const bool valid = util.IsValidNumber(number);
    const PhoneNumberUtil::PhoneNumberType type = valid ? util.GetNumberType(number) : PhoneNumberUtil::UNKNOWN;
    out->is_valid = valid ? 1 : 0;
    out->type = static_cast<rp_number_type>(type);

    // For a number outside the assigned ranges (+1 305 155 0123: no exchange starts with 1) the
    // geocoder still knows its prefix; GetDescriptionForNumber would return nothing.
    const PhoneNumberOfflineGeocoder &geocoder = Geocoder();
    text = valid ? geocoder.GetDescriptionForNumber(number, English())
                 : geocoder.GetDescriptionForValidNumber(number, English());
    CopyString(text, out->description, RP_DESCRIPTION_CAPACITY);

    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    const std::string calling_code = std::to_string(country_code);
    const bool geographic = !valid || util.IsNumberGeographical(type, country_code);
    const char *zones = geographic
        ? reclaim_phone::LongestPrefixMatch(reclaim_phone::kTimeZonePrefixes, reclaim_phone::kTimeZonePrefixCount,
                                            calling_code + national)
        : reclaim_phone::ExactMatch(reclaim_phone::kTimeZonePrefixes, reclaim_phone::kTimeZonePrefixCount,
                                    calling_code);
    out->time_zones = zones != nullptr ? zones : "";
    if (country_code == 1 && geographic && national.size() >= 3) {
        const char *name = reclaim_phone::ExactMatch(reclaim_phone::kAreaCodeNames, reclaim_phone::kAreaCodeNameCount,
                                                     national.substr(0, 3));
        out->area_code_name = name != nullptr ? name : "";
    }
    return RP_OK;
}

}  // namespace

extern "C" rp_status rp_parse(const char *input, const char *default_region, rp_result *out) {
    if (out == nullptr) {
        return RP_ERROR_NOT_A_NUMBER;
    }
    Reset(out);
    try {
        return Parse(input, default_region, out);
    } catch (...) {
        // libphonenumber throws nothing of its own; this is allocation failure. Keep the
        // promise that no exception crosses into C or Swift.
        Reset(out);
        return RP_ERROR_NOT_A_NUMBER;
    }
}
