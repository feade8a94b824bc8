"""URL converters: a year is four digits, so a typo answers 404 instead of an empty page."""


class Tahun:
    regex = "[12][0-9]{3}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"
