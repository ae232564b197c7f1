package java.util;

/** A language and country tag; the library formats and cases text the same way in every locale. */
public final class Locale {
    public static final Locale ROOT = new Locale("", "");
    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale US = new Locale("en", "US");
    public static final Locale UK = new Locale("en", "GB");
    public static final Locale GERMAN = new Locale("de", "");
    public static final Locale GERMANY = new Locale("de", "DE");
    public static final Locale FRENCH = new Locale("fr", "");
    public static final Locale FRANCE = new Locale("fr", "FR");

    private final String language, country;

    public Locale(String language) { this(language, ""); }

    public Locale(String language, String country) {
        this.language = language.toLowerCase();
        this.country = country.toUpperCase();
    }

    public static Locale getDefault() { return US; }

    public static Locale of(String language) { return new Locale(language); }

    public static Locale of(String language, String country) { return new Locale(language, country); }

    public String getLanguage() { return language; }

    public String getCountry() { return country; }

    public String toLanguageTag() {
        if (language.isEmpty() && country.isEmpty()) return "und";
        return country.isEmpty() ? language : language + "-" + country;
    }

    public boolean equals(Object o) {
        return o instanceof Locale l && l.language.equals(language) && l.country.equals(country);
    }

    public int hashCode() { return language.hashCode() * 31 + country.hashCode(); }

    public String toString() { return country.isEmpty() ? language : language + "_" + country; }
}
