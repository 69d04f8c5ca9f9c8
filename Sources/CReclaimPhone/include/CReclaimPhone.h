/*
 * CReclaimPhone: a small C interface over libphonenumber (parse, validate, geocode) plus
 * time-zone and area-code tables generated from libphonenumber's resources.
 *
 * Every function is safe to call from many threads at once. Nothing returned needs freeing:
 * results are written into a caller-owned `rp_result`, and its `const char *` members point
 * to static storage that lives as long as the process. No C++ exception crosses this boundary.
 */
#ifndef C_RECLAIM_PHONE_H
#define C_RECLAIM_PHONE_H

#ifdef __cplusplus
extern "C" {
#endif

/** Capacity, including the terminating NUL, of the character arrays in `rp_result`. */
#define RP_E164_CAPACITY 32
#define RP_FORMATTED_CAPACITY 64
#define RP_REGION_CAPACITY 4
#define RP_DESCRIPTION_CAPACITY 256

/** Longest input, in bytes, that `rp_parse` reads (libphonenumber's own limit); longer is RP_ERROR_TOO_LONG. */
#define RP_MAX_INPUT_LENGTH 250

/** Outcome of `rp_parse`. */
typedef enum rp_status {
    RP_OK = 0,
    /** The input is NULL, empty or only whitespace. */
    RP_ERROR_EMPTY = 1,
    /** The input does not look like a phone number (also reported if the parser fails internally). */
    RP_ERROR_NOT_A_NUMBER = 2,
    /** The country calling code is unknown, or the input has none and the default region is unknown. */
    RP_ERROR_INVALID_COUNTRY_CODE = 3,
    /** The number is shorter than any number of its region (or can only be dialled locally). */
    RP_ERROR_TOO_SHORT = 4,
    /** The number is longer than any number of its region, or the input is over RP_MAX_INPUT_LENGTH bytes. */
    RP_ERROR_TOO_LONG = 5,
    /** The number's length matches no number of its region (`region` says which region). */
    RP_ERROR_INVALID_FOR_REGION = 6,
} rp_status;

/** Number types, in libphonenumber's order (`PhoneNumberUtil::PhoneNumberType`). */
typedef enum rp_number_type {
    RP_TYPE_FIXED_LINE = 0,
    RP_TYPE_MOBILE = 1,
    RP_TYPE_FIXED_LINE_OR_MOBILE = 2,
    RP_TYPE_TOLL_FREE = 3,
    RP_TYPE_PREMIUM_RATE = 4,
    RP_TYPE_SHARED_COST = 5,
    RP_TYPE_VOIP = 6,
    RP_TYPE_PERSONAL_NUMBER = 7,
    RP_TYPE_PAGER = 8,
    RP_TYPE_UAN = 9,
    RP_TYPE_VOICEMAIL = 10,
    RP_TYPE_UNKNOWN = 11,
} rp_number_type;

/** What `rp_parse` learns about a number. Strings are NUL-terminated UTF-8. */
typedef struct rp_result {
    /** E.164 form, e.g. "+13055550123". */
    char e164[RP_E164_CAPACITY];
    /** International format for display, e.g. "+1 305-555-0123". */
    char international[RP_FORMATTED_CAPACITY];
    /**
     * ISO 3166-1 alpha-2 region ("US", "CA", "PR", "GB"), or "001" for non-geographic calling
     * codes. For a number that is not valid it is the region libphonenumber presumes from the
     * prefix, else the main region of the calling code. On RP_ERROR_INVALID_FOR_REGION it names
     * the region the number was checked against.
     */
    char region[RP_REGION_CAPACITY];
    /** Country calling code, e.g. 1, 44. */
    int country_code;
    /** Number type; RP_TYPE_UNKNOWN when the number is not valid. */
    rp_number_type type;
    /** 1 when libphonenumber's metadata says the number is valid (assigned ranges), else 0. */
    int is_valid;
    /** 1 when the number's length is possible for its region. Always 1 when the status is RP_OK. */
    int is_possible;
    /**
     * English description from libphonenumber's offline geocoder: "Miami, FL", "Florida",
     * "Ontario", "Germany". For a number that is not valid, the description of its prefix when
     * the geocoder has one. Empty when unknown.
     */
    char description[RP_DESCRIPTION_CAPACITY];
    /**
     * For +1 numbers, the English name of the area code's state or province from the bundled
     * table ("Florida", "Nova Scotia/Prince Edward Island"), which also knows area codes newer
     * than the installed geocoder data. Static storage; "" when unknown or not +1.
     */
    const char *area_code_name;
    /**
     * Candidate IANA time zones, ';'-joined ("America/New_York"), by longest prefix for
     * geographic numbers (and, best effort, for numbers that are not valid), else the
     * calling code's whole list. Static storage; "" when unknown.
     */
    const char *time_zones;
} rp_result;

/**
 * Parses `input` as a phone number, dialled from `default_region` when it carries no
 * country code, and fills `out`.
 *
 * @param input NUL-terminated UTF-8 text, e.g. "(305) 555-0123" or "+44 7700 900123".
 * @param default_region ISO 3166-1 alpha-2 code such as "US" (case-insensitive); NULL or ""
 *        requires the input to carry its country code.
 * @param out Caller-owned result, always fully overwritten (zeroed first). Must not be NULL.
 * @return RP_OK when the number is at least possible (its length fits its region); `out` is
 *         then filled. Otherwise an error status; `out` may still carry `region` and
 *         `country_code` when they are known.
 */
rp_status rp_parse(const char *input, const char *default_region, rp_result *out);

#ifdef __cplusplus
}
#endif

#endif /* C_RECLAIM_PHONE_H */
