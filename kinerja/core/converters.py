"""URL converters: every URL parameter is bounded, so no typed URL can reach a 500.

A year is four digits, a quarter is TW1-TW4, a month 1-12, a satker code is what Satker.kode allows, a
model label is app.model, and a record id has at most 18 digits (every 18-digit number fits
the 64-bit integer both databases use for ids); anything else answers 404 instead of an
empty page, an OverflowError or a NUL byte sent to PostgreSQL.
"""


class YearConverter:
    regex = "[12][0-9]{3}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(int(value))


class QuarterConverter:
    regex = "TW[1-4]"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class MonthConverter:
    regex = "(?:1[0-2]|[1-9])"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(int(value))


class _Text:
    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class SatkerCodeConverter(_Text):
    regex = "[0-9A-Z-]{3,12}"  # kinerja.organisasi.models.Satker.kode


class ModelLabelConverter(_Text):
    regex = "[a-z_]{1,40}\\.[a-z_]{1,60}"
