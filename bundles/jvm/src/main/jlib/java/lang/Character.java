package java.lang;

public final class Character implements Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0x10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private static final Character[] CACHE = new Character[128];
    static {
        for (int i = 0; i < 128; i++) CACHE[i] = new Character((char) i);
    }

    private final char value;

    @Deprecated
    public Character(char value) { this.value = value; }

    public static Character valueOf(char c) {
        if (c < 128) return CACHE[c];
        return new Character(c);
    }

    public char charValue() { return value; }

    public int hashCode() { return value; }

    public static int hashCode(char value) { return value; }

    public boolean equals(Object obj) { return obj instanceof Character && ((Character) obj).value == value; }

    public String toString() { return PhantomNative.fromChar(value); }

    public static String toString(char c) { return PhantomNative.fromChar(c); }

    public static String toString(int codePoint) {
        if (!isValidCodePoint(codePoint))
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + PhantomString.toUpperCase(Integer.toHexString(codePoint)));
        if (codePoint < MIN_SUPPLEMENTARY_CODE_POINT) return PhantomNative.fromChar((char) codePoint);
        char[] pair = { highSurrogate(codePoint), lowSurrogate(codePoint) };
        return PhantomNative.fromChars(pair, 0, 2);
    }

    public int compareTo(Character other) { return value - other.value; }

    public static int compare(char x, char y) { return x - y; }

    public static char reverseBytes(char ch) { return (char) (((ch & 0xff00) >> 8) | (ch << 8)); }

    // ---- code points and surrogates

    public static boolean isValidCodePoint(int codePoint) { return codePoint >= 0 && codePoint <= MAX_CODE_POINT; }

    public static boolean isBmpCodePoint(int codePoint) { return codePoint >>> 16 == 0; }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isHighSurrogate(char ch) { return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE; }

    public static boolean isLowSurrogate(char ch) { return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE; }

    public static boolean isSurrogate(char ch) { return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE; }

    public static boolean isSurrogatePair(char high, char low) { return isHighSurrogate(high) && isLowSurrogate(low); }

    public static int charCount(int codePoint) { return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1; }

    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) { return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE); }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) return new char[] { (char) codePoint };
        if (isValidCodePoint(codePoint)) return new char[] { highSurrogate(codePoint), lowSurrogate(codePoint) };
        throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + PhantomString.toUpperCase(Integer.toHexString(codePoint)));
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(index - 1);
            if (isHighSurrogate(c1)) return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static int codePointCount(CharSequence seq, int begin, int end) {
        int n = end - begin;
        for (int i = begin; i < end - 1; i++) {
            if (isHighSurrogate(seq.charAt(i)) && isLowSurrogate(seq.charAt(i + 1))) { n--; i++; }
        }
        return n;
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < a.length) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    // ---- properties (BMP from tables of the Unicode data the JDK uses; supplementary code points are not classified)

    private static int[] LETTER_R, DIGIT_R, UPPER_R, LOWER_R, ALPHA_R, SPACE_R, TITLE_R, TO_UPPER_R, TO_LOWER_R;

    private static int[] hexTable(String s, int width) {
        int n = s.length() / width;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int v = 0;
            for (int j = 0; j < width; j++) {
                char c = PhantomNative.charAt(s, i * width + j);
                v = v * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
            }
            out[i] = v;
        }
        return out;
    }

    /** Ranges packed as (first << 16 | last). */
    private static boolean inRanges(int[] r, int c) {
        int lo = 0, hi = r.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int first = r[mid] >>> 16, last = r[mid] & 0xffff;
            if (c < first) hi = mid - 1;
            else if (c > last) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /** The index of the range holding c, or -1. */
    private static int rangeOf(int[] r, int c) {
        int lo = 0, hi = r.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int first = r[mid] >>> 16, last = r[mid] & 0xffff;
            if (c < first) hi = mid - 1;
            else if (c > last) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private static int[] letters() { if (LETTER_R == null) LETTER_R = hexTable(LETTER, 8); return LETTER_R; }
    private static int[] digits() { if (DIGIT_R == null) DIGIT_R = hexTable(DIGIT, 8); return DIGIT_R; }
    private static int[] uppers() { if (UPPER_R == null) UPPER_R = hexTable(UPPER, 8); return UPPER_R; }
    private static int[] lowers() { if (LOWER_R == null) LOWER_R = hexTable(LOWER, 8); return LOWER_R; }
    private static int[] alphas() { if (ALPHA_R == null) ALPHA_R = hexTable(ALPHA, 8); return ALPHA_R; }
    private static int[] spaces() { if (SPACE_R == null) SPACE_R = hexTable(SPACE, 8); return SPACE_R; }
    private static int[] titles() { if (TITLE_R == null) TITLE_R = hexTable(TITLE, 8); return TITLE_R; }

    /** Case tables: per run, the packed range, then (delta << 4 | step). */
    private static int[] caseTable(String s) {
        int n = s.length() / 13;
        int[] out = new int[n * 2];
        for (int i = 0; i < n; i++) {
            int[] parts = hexTable(PhantomNative.substring(s, i * 13, i * 13 + 13), 1);
            int first = (parts[0] << 12) | (parts[1] << 8) | (parts[2] << 4) | parts[3];
            int last = (parts[4] << 12) | (parts[5] << 8) | (parts[6] << 4) | parts[7];
            int delta = (short) ((parts[8] << 12) | (parts[9] << 8) | (parts[10] << 4) | parts[11]);
            out[2 * i] = (first << 16) | last;
            out[2 * i + 1] = (delta << 4) | parts[12];
        }
        return out;
    }

    private static int mapCase(int[] t, int c) {
        int lo = 0, hi = t.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int first = t[2 * mid] >>> 16, last = t[2 * mid] & 0xffff;
            if (c < first) hi = mid - 1;
            else if (c > last) lo = mid + 1;
            else {
                int step = t[2 * mid + 1] & 0xf;
                if (step == 2 && ((c - first) & 1) != 0) return c;
                return (c + (t[2 * mid + 1] >> 4)) & 0xffff;
            }
        }
        return c;
    }

    public static boolean isLetter(char ch) { return isLetter((int) ch); }

    public static boolean isLetter(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        if (cp > 0xffff) return isSupplementaryCodePoint(cp) && cp < 0x1f000 && !(cp >= 0x1d7ce && cp <= 0x1d7ff);
        return inRanges(letters(), cp);
    }

    public static boolean isDigit(char ch) { return isDigit((int) ch); }

    public static boolean isDigit(int cp) {
        if (cp < 128) return cp >= '0' && cp <= '9';
        if (cp > 0xffff) return false;
        return inRanges(digits(), cp);
    }

    public static boolean isLetterOrDigit(char ch) { return isLetter((int) ch) || isDigit((int) ch); }

    public static boolean isLetterOrDigit(int cp) { return isLetter(cp) || isDigit(cp); }

    public static boolean isAlphabetic(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        if (cp > 0xffff) return isLetter(cp);
        return inRanges(alphas(), cp);
    }

    public static boolean isUpperCase(char ch) { return isUpperCase((int) ch); }

    public static boolean isUpperCase(int cp) {
        if (cp < 128) return cp >= 'A' && cp <= 'Z';
        if (cp > 0xffff) return false;
        return inRanges(uppers(), cp);
    }

    public static boolean isLowerCase(char ch) { return isLowerCase((int) ch); }

    public static boolean isLowerCase(int cp) {
        if (cp < 128) return cp >= 'a' && cp <= 'z';
        if (cp > 0xffff) return false;
        return inRanges(lowers(), cp);
    }

    public static boolean isTitleCase(char ch) { return isTitleCase((int) ch); }

    public static boolean isTitleCase(int cp) { return cp >= 128 && cp <= 0xffff && inRanges(titles(), cp); }

    public static boolean isSpaceChar(char ch) { return isSpaceChar((int) ch); }

    public static boolean isSpaceChar(int cp) {
        if (cp < 128) return cp == ' ';
        return cp <= 0xffff && inRanges(spaces(), cp);
    }

    public static boolean isWhitespace(char ch) { return isWhitespace((int) ch); }

    public static boolean isWhitespace(int cp) {
        if (cp < 128) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        if (cp == 0x00a0 || cp == 0x2007 || cp == 0x202f) return false;
        return isSpaceChar(cp);
    }

    public static boolean isISOControl(char ch) { return isISOControl((int) ch); }

    public static boolean isISOControl(int cp) { return cp <= 0x9f && (cp >= 0x7f || (cp >>> 5 == 0)); }

    public static boolean isJavaIdentifierStart(char ch) { return isJavaIdentifierStart((int) ch); }

    public static boolean isJavaIdentifierStart(int cp) { return isLetter(cp) || cp == '$' || cp == '_'; }

    public static boolean isJavaIdentifierPart(char ch) { return isJavaIdentifierPart((int) ch); }

    public static boolean isJavaIdentifierPart(int cp) {
        return isLetterOrDigit(cp) || cp == '$' || cp == '_' || (cp >= 0 && cp <= 8) || (cp >= 0x0e && cp <= 0x1b) || (cp >= 0x7f && cp <= 0x9f);
    }

    public static boolean isDefined(char ch) { return true; }

    public static char toUpperCase(char ch) { return (char) toUpperCase((int) ch); }

    public static int toUpperCase(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        if (cp > 0xffff) return cp;
        if (TO_UPPER_R == null) TO_UPPER_R = caseTable(TO_UPPER);
        return mapCase(TO_UPPER_R, cp);
    }

    public static char toLowerCase(char ch) { return (char) toLowerCase((int) ch); }

    public static int toLowerCase(int cp) {
        if (cp < 128) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        if (cp > 0xffff) return cp;
        if (TO_LOWER_R == null) TO_LOWER_R = caseTable(TO_LOWER);
        return mapCase(TO_LOWER_R, cp);
    }

    public static char toTitleCase(char ch) { return (char) toTitleCase((int) ch); }

    public static int toTitleCase(int cp) {
        switch (cp) {
            case 0x01c4: case 0x01c5: case 0x01c6: return 0x01c5;
            case 0x01c7: case 0x01c8: case 0x01c9: return 0x01c8;
            case 0x01ca: case 0x01cb: case 0x01cc: return 0x01cb;
            case 0x01f1: case 0x01f2: case 0x01f3: return 0x01f2;
            default: return toUpperCase(cp);
        }
    }

    // ---- digits

    /** The decimal value of a Unicode decimal digit, or -1. */
    private static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') return cp - '0';
        if (cp < 128 || cp > 0xffff) return -1;
        int[] r = digits();
        int i = rangeOf(r, cp);
        return i < 0 ? -1 : (cp - (r[i] >>> 16)) % 10;
    }

    private static int letterValue(int cp) {
        if (cp >= 'a' && cp <= 'z') return cp - 'a' + 10;
        if (cp >= 'A' && cp <= 'Z') return cp - 'A' + 10;
        if (cp >= 0xff41 && cp <= 0xff5a) return cp - 0xff41 + 10;
        if (cp >= 0xff21 && cp <= 0xff3a) return cp - 0xff21 + 10;
        return -1;
    }

    public static int digit(char ch, int radix) { return digit((int) ch, radix); }

    public static int digit(int cp, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) return -1;
        int v = decimalValue(cp);
        if (v < 0) v = letterValue(cp);
        return v < radix ? v : -1;
    }

    public static int getNumericValue(char ch) { return getNumericValue((int) ch); }

    public static int getNumericValue(int cp) {
        int v = decimalValue(cp);
        if (v >= 0) return v;
        v = letterValue(cp);
        if (v >= 0) return v;
        switch (cp) {
            case 0x00b2: return 2;
            case 0x00b3: return 3;
            case 0x00b9: return 1;
            case 0x00bc: case 0x00bd: case 0x00be: return -2;
            default: break;
        }
        if (cp >= 0x2160 && cp <= 0x216b) return cp - 0x2160 + 1;
        if (cp >= 0x2170 && cp <= 0x217b) return cp - 0x2170 + 1;
        if (cp >= 0x2460 && cp <= 0x2473) return cp - 0x2460 + 1;
        return -1;
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0) return '\0';
        if (radix < MIN_RADIX || radix > MAX_RADIX) return '\0';
        if (digit < 10) return (char) ('0' + digit);
        return (char) ('a' - 10 + digit);
    }

    // ---- tables: ranges as hex "ffffllll" (first, last), case runs as "ffffllllddddS" (first, last, delta, step)
    private static final String LETTER =
        "0041005a0061007a00aa00aa00b500b500ba00ba00c000d600d800f600f802c102c602d102e002e402ec02ec02ee02ee" +
        "0370037403760377037a037d037f037f038603860388038a038c038c038e03a103a303f503f70481048a052f05310556" +
        "055905590560058805d005ea05ef05f20620064a066e066f067106d306d506d506e506e606ee06ef06fa06fc06ff06ff" +
        "071007100712072f074d07a507b107b107ca07ea07f407f507fa07fa08000815081a081a082408240828082808400858" +
        "0860086a087008870889088e08a008c909040939093d093d0950095009580961097109800985098c098f0990099309a8" +
        "09aa09b009b209b209b609b909bd09bd09ce09ce09dc09dd09df09e109f009f109fc09fc0a050a0a0a0f0a100a130a28" +
        "0a2a0a300a320a330a350a360a380a390a590a5c0a5e0a5e0a720a740a850a8d0a8f0a910a930aa80aaa0ab00ab20ab3" +
        "0ab50ab90abd0abd0ad00ad00ae00ae10af90af90b050b0c0b0f0b100b130b280b2a0b300b320b330b350b390b3d0b3d" +
        "0b5c0b5d0b5f0b610b710b710b830b830b850b8a0b8e0b900b920b950b990b9a0b9c0b9c0b9e0b9f0ba30ba40ba80baa" +
        "0bae0bb90bd00bd00c050c0c0c0e0c100c120c280c2a0c390c3d0c3d0c580c5a0c5d0c5d0c600c610c800c800c850c8c" +
        "0c8e0c900c920ca80caa0cb30cb50cb90cbd0cbd0cdd0cde0ce00ce10cf10cf20d040d0c0d0e0d100d120d3a0d3d0d3d" +
        "0d4e0d4e0d540d560d5f0d610d7a0d7f0d850d960d9a0db10db30dbb0dbd0dbd0dc00dc60e010e300e320e330e400e46" +
        "0e810e820e840e840e860e8a0e8c0ea30ea50ea50ea70eb00eb20eb30ebd0ebd0ec00ec40ec60ec60edc0edf0f000f00" +
        "0f400f470f490f6c0f880f8c1000102a103f103f10501055105a105d1061106110651066106e107010751081108e108e" +
        "10a010c510c710c710cd10cd10d010fa10fc1248124a124d1250125612581258125a125d12601288128a128d129012b0" +
        "12b212b512b812be12c012c012c212c512c812d612d81310131213151318135a1380138f13a013f513f813fd1401166c" +
        "166f167f1681169a16a016ea16f116f817001711171f1731174017511760176c176e1770178017b317d717d717dc17dc" +
        "1820187818801884188718a818aa18aa18b018f51900191e1950196d19701974198019ab19b019c91a001a161a201a54" +
        "1aa71aa71b051b331b451b4c1b831ba01bae1baf1bba1be51c001c231c4d1c4f1c5a1c7d1c801c8a1c901cba1cbd1cbf" +
        "1ce91cec1cee1cf31cf51cf61cfa1cfa1d001dbf1e001f151f181f1d1f201f451f481f4d1f501f571f591f591f5b1f5b" +
        "1f5d1f5d1f5f1f7d1f801fb41fb61fbc1fbe1fbe1fc21fc41fc61fcc1fd01fd31fd61fdb1fe01fec1ff21ff41ff61ffc" +
        "20712071207f207f2090209c2102210221072107210a2113211521152119211d212421242126212621282128212a212d" +
        "212f2139213c213f21452149214e214e218321842c002ce42ceb2cee2cf22cf32d002d252d272d272d2d2d2d2d302d67" +
        "2d6f2d6f2d802d962da02da62da82dae2db02db62db82dbe2dc02dc62dc82dce2dd02dd62dd82dde2e2f2e2f30053006" +
        "30313035303b303c30413096309d309f30a130fa30fc30ff3105312f3131318e31a031bf31f031ff34004dbf4e00a48c" +
        "a4d0a4fda500a60ca610a61fa62aa62ba640a66ea67fa69da6a0a6e5a717a71fa722a788a78ba7cda7d0a7d1a7d3a7d3" +
        "a7d5a7dca7f2a801a803a805a807a80aa80ca822a840a873a882a8b3a8f2a8f7a8fba8fba8fda8fea90aa925a930a946" +
        "a960a97ca984a9b2a9cfa9cfa9e0a9e4a9e6a9efa9faa9feaa00aa28aa40aa42aa44aa4baa60aa76aa7aaa7aaa7eaaaf" +
        "aab1aab1aab5aab6aab9aabdaac0aac0aac2aac2aadbaaddaae0aaeaaaf2aaf4ab01ab06ab09ab0eab11ab16ab20ab26" +
        "ab28ab2eab30ab5aab5cab69ab70abe2ac00d7a3d7b0d7c6d7cbd7fbf900fa6dfa70fad9fb00fb06fb13fb17fb1dfb1d" +
        "fb1ffb28fb2afb36fb38fb3cfb3efb3efb40fb41fb43fb44fb46fbb1fbd3fd3dfd50fd8ffd92fdc7fdf0fdfbfe70fe74" +
        "fe76fefcff21ff3aff41ff5aff66ffbeffc2ffc7ffcaffcfffd2ffd7ffdaffdc";
    private static final String DIGIT =
        "003000390660066906f006f907c007c90966096f09e609ef0a660a6f0ae60aef0b660b6f0be60bef0c660c6f0ce60cef" +
        "0d660d6f0de60def0e500e590ed00ed90f200f29104010491090109917e017e9181018191946194f19d019d91a801a89" +
        "1a901a991b501b591bb01bb91c401c491c501c59a620a629a8d0a8d9a900a909a9d0a9d9a9f0a9f9aa50aa59abf0abf9" +
        "ff10ff19";
    private static final String UPPER =
        "0041005a00c000d600d800de0100010001020102010401040106010601080108010a010a010c010c010e010e01100110" +
        "01120112011401140116011601180118011a011a011c011c011e011e0120012001220122012401240126012601280128" +
        "012a012a012c012c012e012e0130013001320132013401340136013601390139013b013b013d013d013f013f01410141" +
        "014301430145014501470147014a014a014c014c014e014e0150015001520152015401540156015601580158015a015a" +
        "015c015c015e015e0160016001620162016401640166016601680168016a016a016c016c016e016e0170017001720172" +
        "017401740176017601780179017b017b017d017d0181018201840184018601870189018b018e01910193019401960198" +
        "019c019d019f01a001a201a201a401a401a601a701a901a901ac01ac01ae01af01b101b301b501b501b701b801bc01bc" +
        "01c401c401c701c701ca01ca01cd01cd01cf01cf01d101d101d301d301d501d501d701d701d901d901db01db01de01de" +
        "01e001e001e201e201e401e401e601e601e801e801ea01ea01ec01ec01ee01ee01f101f101f401f401f601f801fa01fa" +
        "01fc01fc01fe01fe0200020002020202020402040206020602080208020a020a020c020c020e020e0210021002120212" +
        "021402140216021602180218021a021a021c021c021e021e0220022002220222022402240226022602280228022a022a" +
        "022c022c022e022e0230023002320232023a023b023d023e024102410243024602480248024a024a024c024c024e024e" +
        "037003700372037203760376037f037f038603860388038a038c038c038e038f039103a103a303ab03cf03cf03d203d4" +
        "03d803d803da03da03dc03dc03de03de03e003e003e203e203e403e403e603e603e803e803ea03ea03ec03ec03ee03ee" +
        "03f403f403f703f703f903fa03fd042f0460046004620462046404640466046604680468046a046a046c046c046e046e" +
        "0470047004720472047404740476047604780478047a047a047c047c047e047e04800480048a048a048c048c048e048e" +
        "0490049004920492049404940496049604980498049a049a049c049c049e049e04a004a004a204a204a404a404a604a6" +
        "04a804a804aa04aa04ac04ac04ae04ae04b004b004b204b204b404b404b604b604b804b804ba04ba04bc04bc04be04be" +
        "04c004c104c304c304c504c504c704c704c904c904cb04cb04cd04cd04d004d004d204d204d404d404d604d604d804d8" +
        "04da04da04dc04dc04de04de04e004e004e204e204e404e404e604e604e804e804ea04ea04ec04ec04ee04ee04f004f0" +
        "04f204f204f404f404f604f604f804f804fa04fa04fc04fc04fe04fe0500050005020502050405040506050605080508" +
        "050a050a050c050c050e050e0510051005120512051405140516051605180518051a051a051c051c051e051e05200520" +
        "05220522052405240526052605280528052a052a052c052c052e052e0531055610a010c510c710c710cd10cd13a013f5" +
        "1c891c891c901cba1cbd1cbf1e001e001e021e021e041e041e061e061e081e081e0a1e0a1e0c1e0c1e0e1e0e1e101e10" +
        "1e121e121e141e141e161e161e181e181e1a1e1a1e1c1e1c1e1e1e1e1e201e201e221e221e241e241e261e261e281e28" +
        "1e2a1e2a1e2c1e2c1e2e1e2e1e301e301e321e321e341e341e361e361e381e381e3a1e3a1e3c1e3c1e3e1e3e1e401e40" +
        "1e421e421e441e441e461e461e481e481e4a1e4a1e4c1e4c1e4e1e4e1e501e501e521e521e541e541e561e561e581e58" +
        "1e5a1e5a1e5c1e5c1e5e1e5e1e601e601e621e621e641e641e661e661e681e681e6a1e6a1e6c1e6c1e6e1e6e1e701e70" +
        "1e721e721e741e741e761e761e781e781e7a1e7a1e7c1e7c1e7e1e7e1e801e801e821e821e841e841e861e861e881e88" +
        "1e8a1e8a1e8c1e8c1e8e1e8e1e901e901e921e921e941e941e9e1e9e1ea01ea01ea21ea21ea41ea41ea61ea61ea81ea8" +
        "1eaa1eaa1eac1eac1eae1eae1eb01eb01eb21eb21eb41eb41eb61eb61eb81eb81eba1eba1ebc1ebc1ebe1ebe1ec01ec0" +
        "1ec21ec21ec41ec41ec61ec61ec81ec81eca1eca1ecc1ecc1ece1ece1ed01ed01ed21ed21ed41ed41ed61ed61ed81ed8" +
        "1eda1eda1edc1edc1ede1ede1ee01ee01ee21ee21ee41ee41ee61ee61ee81ee81eea1eea1eec1eec1eee1eee1ef01ef0" +
        "1ef21ef21ef41ef41ef61ef61ef81ef81efa1efa1efc1efc1efe1efe1f081f0f1f181f1d1f281f2f1f381f3f1f481f4d" +
        "1f591f591f5b1f5b1f5d1f5d1f5f1f5f1f681f6f1fb81fbb1fc81fcb1fd81fdb1fe81fec1ff81ffb2102210221072107" +
        "210b210d21102112211521152119211d212421242126212621282128212a212d21302133213e213f214521452160216f" +
        "2183218324b624cf2c002c2f2c602c602c622c642c672c672c692c692c6b2c6b2c6d2c702c722c722c752c752c7e2c80" +
        "2c822c822c842c842c862c862c882c882c8a2c8a2c8c2c8c2c8e2c8e2c902c902c922c922c942c942c962c962c982c98" +
        "2c9a2c9a2c9c2c9c2c9e2c9e2ca02ca02ca22ca22ca42ca42ca62ca62ca82ca82caa2caa2cac2cac2cae2cae2cb02cb0" +
        "2cb22cb22cb42cb42cb62cb62cb82cb82cba2cba2cbc2cbc2cbe2cbe2cc02cc02cc22cc22cc42cc42cc62cc62cc82cc8" +
        "2cca2cca2ccc2ccc2cce2cce2cd02cd02cd22cd22cd42cd42cd62cd62cd82cd82cda2cda2cdc2cdc2cde2cde2ce02ce0" +
        "2ce22ce22ceb2ceb2ced2ced2cf22cf2a640a640a642a642a644a644a646a646a648a648a64aa64aa64ca64ca64ea64e" +
        "a650a650a652a652a654a654a656a656a658a658a65aa65aa65ca65ca65ea65ea660a660a662a662a664a664a666a666" +
        "a668a668a66aa66aa66ca66ca680a680a682a682a684a684a686a686a688a688a68aa68aa68ca68ca68ea68ea690a690" +
        "a692a692a694a694a696a696a698a698a69aa69aa722a722a724a724a726a726a728a728a72aa72aa72ca72ca72ea72e" +
        "a732a732a734a734a736a736a738a738a73aa73aa73ca73ca73ea73ea740a740a742a742a744a744a746a746a748a748" +
        "a74aa74aa74ca74ca74ea74ea750a750a752a752a754a754a756a756a758a758a75aa75aa75ca75ca75ea75ea760a760" +
        "a762a762a764a764a766a766a768a768a76aa76aa76ca76ca76ea76ea779a779a77ba77ba77da77ea780a780a782a782" +
        "a784a784a786a786a78ba78ba78da78da790a790a792a792a796a796a798a798a79aa79aa79ca79ca79ea79ea7a0a7a0" +
        "a7a2a7a2a7a4a7a4a7a6a7a6a7a8a7a8a7aaa7aea7b0a7b4a7b6a7b6a7b8a7b8a7baa7baa7bca7bca7bea7bea7c0a7c0" +
        "a7c2a7c2a7c4a7c7a7c9a7c9a7cba7cca7d0a7d0a7d6a7d6a7d8a7d8a7daa7daa7dca7dca7f5a7f5ff21ff3a";
    private static final String LOWER =
        "0061007a00aa00aa00b500b500ba00ba00df00f600f800ff0101010101030103010501050107010701090109010b010b" +
        "010d010d010f010f0111011101130113011501150117011701190119011b011b011d011d011f011f0121012101230123" +
        "012501250127012701290129012b012b012d012d012f012f01310131013301330135013501370138013a013a013c013c" +
        "013e013e0140014001420142014401440146014601480149014b014b014d014d014f014f015101510153015301550155" +
        "0157015701590159015b015b015d015d015f015f0161016101630163016501650167016701690169016b016b016d016d" +
        "016f016f01710171017301730175017501770177017a017a017c017c017e0180018301830185018501880188018c018d" +
        "01920192019501950199019b019e019e01a101a101a301a301a501a501a801a801aa01ab01ad01ad01b001b001b401b4" +
        "01b601b601b901ba01bd01bf01c601c601c901c901cc01cc01ce01ce01d001d001d201d201d401d401d601d601d801d8" +
        "01da01da01dc01dd01df01df01e101e101e301e301e501e501e701e701e901e901eb01eb01ed01ed01ef01f001f301f3" +
        "01f501f501f901f901fb01fb01fd01fd01ff01ff0201020102030203020502050207020702090209020b020b020d020d" +
        "020f020f0211021102130213021502150217021702190219021b021b021d021d021f021f022102210223022302250225" +
        "0227022702290229022b022b022d022d022f022f0231023102330239023c023c023f0240024202420247024702490249" +
        "024b024b024d024d024f0293029502b802c002c102e002e403450345037103710373037303770377037a037d03900390" +
        "03ac03ce03d003d103d503d703d903d903db03db03dd03dd03df03df03e103e103e303e303e503e503e703e703e903e9" +
        "03eb03eb03ed03ed03ef03f303f503f503f803f803fb03fc0430045f0461046104630463046504650467046704690469" +
        "046b046b046d046d046f046f0471047104730473047504750477047704790479047b047b047d047d047f047f04810481" +
        "048b048b048d048d048f048f0491049104930493049504950497049704990499049b049b049d049d049f049f04a104a1" +
        "04a304a304a504a504a704a704a904a904ab04ab04ad04ad04af04af04b104b104b304b304b504b504b704b704b904b9" +
        "04bb04bb04bd04bd04bf04bf04c204c204c404c404c604c604c804c804ca04ca04cc04cc04ce04cf04d104d104d304d3" +
        "04d504d504d704d704d904d904db04db04dd04dd04df04df04e104e104e304e304e504e504e704e704e904e904eb04eb" +
        "04ed04ed04ef04ef04f104f104f304f304f504f504f704f704f904f904fb04fb04fd04fd04ff04ff0501050105030503" +
        "050505050507050705090509050b050b050d050d050f050f0511051105130513051505150517051705190519051b051b" +
        "051d051d051f051f0521052105230523052505250527052705290529052b052b052d052d052f052f0560058810d010fa" +
        "10fc10ff13f813fd1c801c881c8a1c8a1d001dbf1e011e011e031e031e051e051e071e071e091e091e0b1e0b1e0d1e0d" +
        "1e0f1e0f1e111e111e131e131e151e151e171e171e191e191e1b1e1b1e1d1e1d1e1f1e1f1e211e211e231e231e251e25" +
        "1e271e271e291e291e2b1e2b1e2d1e2d1e2f1e2f1e311e311e331e331e351e351e371e371e391e391e3b1e3b1e3d1e3d" +
        "1e3f1e3f1e411e411e431e431e451e451e471e471e491e491e4b1e4b1e4d1e4d1e4f1e4f1e511e511e531e531e551e55" +
        "1e571e571e591e591e5b1e5b1e5d1e5d1e5f1e5f1e611e611e631e631e651e651e671e671e691e691e6b1e6b1e6d1e6d" +
        "1e6f1e6f1e711e711e731e731e751e751e771e771e791e791e7b1e7b1e7d1e7d1e7f1e7f1e811e811e831e831e851e85" +
        "1e871e871e891e891e8b1e8b1e8d1e8d1e8f1e8f1e911e911e931e931e951e9d1e9f1e9f1ea11ea11ea31ea31ea51ea5" +
        "1ea71ea71ea91ea91eab1eab1ead1ead1eaf1eaf1eb11eb11eb31eb31eb51eb51eb71eb71eb91eb91ebb1ebb1ebd1ebd" +
        "1ebf1ebf1ec11ec11ec31ec31ec51ec51ec71ec71ec91ec91ecb1ecb1ecd1ecd1ecf1ecf1ed11ed11ed31ed31ed51ed5" +
        "1ed71ed71ed91ed91edb1edb1edd1edd1edf1edf1ee11ee11ee31ee31ee51ee51ee71ee71ee91ee91eeb1eeb1eed1eed" +
        "1eef1eef1ef11ef11ef31ef31ef51ef51ef71ef71ef91ef91efb1efb1efd1efd1eff1f071f101f151f201f271f301f37" +
        "1f401f451f501f571f601f671f701f7d1f801f871f901f971fa01fa71fb01fb41fb61fb71fbe1fbe1fc21fc41fc61fc7" +
        "1fd01fd31fd61fd71fe01fe71ff21ff41ff61ff720712071207f207f2090209c210a210a210e210f21132113212f212f" +
        "2134213421392139213c213d21462149214e214e2170217f2184218424d024e92c302c5f2c612c612c652c662c682c68" +
        "2c6a2c6a2c6c2c6c2c712c712c732c742c762c7d2c812c812c832c832c852c852c872c872c892c892c8b2c8b2c8d2c8d" +
        "2c8f2c8f2c912c912c932c932c952c952c972c972c992c992c9b2c9b2c9d2c9d2c9f2c9f2ca12ca12ca32ca32ca52ca5" +
        "2ca72ca72ca92ca92cab2cab2cad2cad2caf2caf2cb12cb12cb32cb32cb52cb52cb72cb72cb92cb92cbb2cbb2cbd2cbd" +
        "2cbf2cbf2cc12cc12cc32cc32cc52cc52cc72cc72cc92cc92ccb2ccb2ccd2ccd2ccf2ccf2cd12cd12cd32cd32cd52cd5" +
        "2cd72cd72cd92cd92cdb2cdb2cdd2cdd2cdf2cdf2ce12ce12ce32ce42cec2cec2cee2cee2cf32cf32d002d252d272d27" +
        "2d2d2d2da641a641a643a643a645a645a647a647a649a649a64ba64ba64da64da64fa64fa651a651a653a653a655a655" +
        "a657a657a659a659a65ba65ba65da65da65fa65fa661a661a663a663a665a665a667a667a669a669a66ba66ba66da66d" +
        "a681a681a683a683a685a685a687a687a689a689a68ba68ba68da68da68fa68fa691a691a693a693a695a695a697a697" +
        "a699a699a69ba69da723a723a725a725a727a727a729a729a72ba72ba72da72da72fa731a733a733a735a735a737a737" +
        "a739a739a73ba73ba73da73da73fa73fa741a741a743a743a745a745a747a747a749a749a74ba74ba74da74da74fa74f" +
        "a751a751a753a753a755a755a757a757a759a759a75ba75ba75da75da75fa75fa761a761a763a763a765a765a767a767" +
        "a769a769a76ba76ba76da76da76fa778a77aa77aa77ca77ca77fa77fa781a781a783a783a785a785a787a787a78ca78c" +
        "a78ea78ea791a791a793a795a797a797a799a799a79ba79ba79da79da79fa79fa7a1a7a1a7a3a7a3a7a5a7a5a7a7a7a7" +
        "a7a9a7a9a7afa7afa7b5a7b5a7b7a7b7a7b9a7b9a7bba7bba7bda7bda7bfa7bfa7c1a7c1a7c3a7c3a7c8a7c8a7caa7ca" +
        "a7cda7cda7d1a7d1a7d3a7d3a7d5a7d5a7d7a7d7a7d9a7d9a7dba7dba7f2a7f4a7f6a7f6a7f8a7faab30ab5aab5cab69" +
        "ab70abbffb00fb06fb13fb17ff41ff5a";
    private static final String ALPHA =
        "0041005a0061007a00aa00aa00b500b500ba00ba00c000d600d800f600f802c102c602d102e002e402ec02ec02ee02ee" +
        "034503450363037403760377037a037d037f037f038603860388038a038c038c038e03a103a303f503f70481048a052f" +
        "05310556055905590560058805b005bd05bf05bf05c105c205c405c505c705c705d005ea05ef05f20610061a06200657" +
        "0659065f066e06d306d506dc06e106e806ed06ef06fa06fc06ff06ff0710073f074d07b107ca07ea07f407f507fa07fa" +
        "08000817081a082c084008580860086a087008870889088e0897089708a008c908d408df08e308e908f0093b093d094c" +
        "094e095009550963097109830985098c098f0990099309a809aa09b009b209b209b609b909bd09c409c709c809cb09cc" +
        "09ce09ce09d709d709dc09dd09df09e309f009f109fc09fc0a010a030a050a0a0a0f0a100a130a280a2a0a300a320a33" +
        "0a350a360a380a390a3e0a420a470a480a4b0a4c0a510a510a590a5c0a5e0a5e0a700a750a810a830a850a8d0a8f0a91" +
        "0a930aa80aaa0ab00ab20ab30ab50ab90abd0ac50ac70ac90acb0acc0ad00ad00ae00ae30af90afc0b010b030b050b0c" +
        "0b0f0b100b130b280b2a0b300b320b330b350b390b3d0b440b470b480b4b0b4c0b560b570b5c0b5d0b5f0b630b710b71" +
        "0b820b830b850b8a0b8e0b900b920b950b990b9a0b9c0b9c0b9e0b9f0ba30ba40ba80baa0bae0bb90bbe0bc20bc60bc8" +
        "0bca0bcc0bd00bd00bd70bd70c000c0c0c0e0c100c120c280c2a0c390c3d0c440c460c480c4a0c4c0c550c560c580c5a" +
        "0c5d0c5d0c600c630c800c830c850c8c0c8e0c900c920ca80caa0cb30cb50cb90cbd0cc40cc60cc80cca0ccc0cd50cd6" +
        "0cdd0cde0ce00ce30cf10cf30d000d0c0d0e0d100d120d3a0d3d0d440d460d480d4a0d4c0d4e0d4e0d540d570d5f0d63" +
        "0d7a0d7f0d810d830d850d960d9a0db10db30dbb0dbd0dbd0dc00dc60dcf0dd40dd60dd60dd80ddf0df20df30e010e3a" +
        "0e400e460e4d0e4d0e810e820e840e840e860e8a0e8c0ea30ea50ea50ea70eb90ebb0ebd0ec00ec40ec60ec60ecd0ecd" +
        "0edc0edf0f000f000f400f470f490f6c0f710f830f880f970f990fbc1000103610381038103b103f1050108f109a109d" +
        "10a010c510c710c710cd10cd10d010fa10fc1248124a124d1250125612581258125a125d12601288128a128d129012b0" +
        "12b212b512b812be12c012c012c212c512c812d612d81310131213151318135a1380138f13a013f513f813fd1401166c" +
        "166f167f1681169a16a016ea16ee16f817001713171f1733174017531760176c176e177017721773178017b317b617c8" +
        "17d717d717dc17dc18201878188018aa18b018f51900191e1920192b193019381950196d19701974198019ab19b019c9" +
        "1a001a1b1a201a5e1a611a741aa71aa71abf1ac01acc1ace1b001b331b351b431b451b4c1b801ba91bac1baf1bba1be5" +
        "1be71bf11c001c361c4d1c4f1c5a1c7d1c801c8a1c901cba1cbd1cbf1ce91cec1cee1cf31cf51cf61cfa1cfa1d001dbf" +
        "1dd31df41e001f151f181f1d1f201f451f481f4d1f501f571f591f591f5b1f5b1f5d1f5d1f5f1f7d1f801fb41fb61fbc" +
        "1fbe1fbe1fc21fc41fc61fcc1fd01fd31fd61fdb1fe01fec1ff21ff41ff61ffc20712071207f207f2090209c21022102" +
        "21072107210a2113211521152119211d212421242126212621282128212a212d212f2139213c213f21452149214e214e" +
        "2160218824b624e92c002ce42ceb2cee2cf22cf32d002d252d272d272d2d2d2d2d302d672d6f2d6f2d802d962da02da6" +
        "2da82dae2db02db62db82dbe2dc02dc62dc82dce2dd02dd62dd82dde2de02dff2e2f2e2f300530073021302930313035" +
        "3038303c30413096309d309f30a130fa30fc30ff3105312f3131318e31a031bf31f031ff34004dbf4e00a48ca4d0a4fd" +
        "a500a60ca610a61fa62aa62ba640a66ea674a67ba67fa6efa717a71fa722a788a78ba7cda7d0a7d1a7d3a7d3a7d5a7dc" +
        "a7f2a805a807a827a840a873a880a8c3a8c5a8c5a8f2a8f7a8fba8fba8fda8ffa90aa92aa930a952a960a97ca980a9b2" +
        "a9b4a9bfa9cfa9cfa9e0a9efa9faa9feaa00aa36aa40aa4daa60aa76aa7aaabeaac0aac0aac2aac2aadbaaddaae0aaef" +
        "aaf2aaf5ab01ab06ab09ab0eab11ab16ab20ab26ab28ab2eab30ab5aab5cab69ab70abeaac00d7a3d7b0d7c6d7cbd7fb" +
        "f900fa6dfa70fad9fb00fb06fb13fb17fb1dfb28fb2afb36fb38fb3cfb3efb3efb40fb41fb43fb44fb46fbb1fbd3fd3d" +
        "fd50fd8ffd92fdc7fdf0fdfbfe70fe74fe76fefcff21ff3aff41ff5aff66ffbeffc2ffc7ffcaffcfffd2ffd7ffdaffdc";
    private static final String SPACE =
        "0020002000a000a0168016802000200a20282029202f202f205f205f30003000";
    private static final String TITLE =
        "01c501c501c801c801cb01cb01f201f21f881f8f1f981f9f1fa81faf1fbc1fbc1fcc1fcc1ffc1ffc";
    private static final String TO_UPPER =
        "0061007affe0100b500b502e7100e000f6ffe0100f800feffe0100ff00ff007910101012fffff201310131ff18101330" +
        "137ffff2013a0148ffff2014b0177ffff2017a017effff2017f017ffed410180018000c3101830185ffff201880188ff" +
        "ff1018c018cffff101920192ffff1019501950061101990199ffff1019a019a00a31019b019ba6411019e019e0082101" +
        "a101a5ffff201a801a8ffff101ad01adffff101b001b0ffff101b401b6ffff201b901b9ffff101bd01bdffff101bf01b" +
        "f0038101c501c5ffff101c601c6fffe101c801c8ffff101c901c9fffe101cb01cbffff101cc01ccfffe101ce01dcffff" +
        "201dd01ddffb1101df01efffff201f201f2ffff101f301f3fffe101f501f5ffff101f9021fffff202230233ffff2023c" +
        "023cffff1023f02402a3f102420242ffff10247024fffff2025002502a1f1025102512a1c1025202522a1e102530253f" +
        "f2e102540254ff32102560257ff33102590259ff361025b025bff351025c025ca54f102600260ff33102610261a54b10" +
        "2630263ff31102640264a567102650265a528102660266a544102680268ff2f102690269ff2d1026a026aa5441026b02" +
        "6b29f71026c026ca5411026f026fff2d10271027129fd102720272ff2b102750275ff2a1027d027d29e7102800280ff2" +
        "6102820282a543102830283ff26102870287a52a102880288ff26102890289ffbb1028a028bff271028c028cffb91029" +
        "20292ff251029d029da5151029e029ea5121034503450054103710373ffff203770377ffff1037b037d0082103ac03ac" +
        "ffda103ad03afffdb103b103c1ffe0103c203c2ffe1103c303cbffe0103cc03ccffc0103cd03ceffc1103d003d0ffc21" +
        "03d103d1ffc7103d503d5ffd1103d603d6ffca103d703d7fff8103d903efffff203f003f0ffaa103f103f1ffb0103f20" +
        "3f20007103f303f3ff8c103f503f5ffa0103f803f8ffff103fb03fbffff10430044fffe010450045fffb0104610481ff" +
        "ff2048b04bfffff204c204ceffff204cf04cffff1104d1052fffff205610586ffd0110d010fa0bc0110fd10ff0bc0113" +
        "f813fdfff811c801c80e79211c811c81e79311c821c82e79c11c831c84e79e11c851c85e79d11c861c86e7a411c871c8" +
        "7e7db11c881c8889c211c8a1c8affff11d791d798a0411d7d1d7d0ee611d8e1d8e8a3811e011e95ffff21e9b1e9bffc5" +
        "11ea11effffff21f001f07000811f101f15000811f201f27000811f301f37000811f401f45000811f511f57000821f60" +
        "1f67000811f701f71004a11f721f75005611f761f77006411f781f79008011f7a1f7b007011f7c1f7d007e11f801f870" +
        "00811f901f97000811fa01fa7000811fb01fb1000811fb31fb3000911fbe1fbee3db11fc31fc3000911fd01fd1000811" +
        "fe01fe1000811fe51fe5000711ff31ff300091214e214effe412170217ffff0121842184ffff124d024e9ffe612c302c" +
        "5fffd012c612c61ffff12c652c65d5d512c662c66d5d812c682c6cffff22c732c73ffff12c762c76ffff12c812ce3fff" +
        "f22cec2ceeffff22cf32cf3ffff12d002d25e3a012d272d27e3a012d2d2d2de3a01a641a66dffff2a681a69bffff2a72" +
        "3a72fffff2a733a76fffff2a77aa77cffff2a77fa787ffff2a78ca78cffff1a791a793ffff2a794a79400301a797a7a9" +
        "ffff2a7b5a7c3ffff2a7c8a7caffff2a7cda7cdffff1a7d1a7d1ffff1a7d7a7dbffff2a7f6a7f6ffff1ab53ab53fc601" +
        "ab70abbf68301ff41ff5affe01";
    private static final String TO_LOWER =
        "0041005a0020100c000d60020100d800de002010100012e0001201300130ff39101320136000120139014700012014a0" +
        "1760001201780178ff8710179017d000120181018100d2101820184000120186018600ce101870187000110189018a00" +
        "cd1018b018b00011018e018e004f1018f018f00ca10190019000cb101910191000110193019300cd10194019400cf101" +
        "96019600d310197019700d110198019800011019c019c00d31019d019d00d51019f019f00d6101a001a40001201a601a" +
        "600da101a701a70001101a901a900da101ac01ac0001101ae01ae00da101af01af0001101b101b200d9101b301b50001" +
        "201b701b700db101b801b80001101bc01bc0001101c401c40002101c501c50001101c701c70002101c801c80001101ca" +
        "01ca0002101cb01db0001201de01ee0001201f101f10002101f201f40001201f601f6ff9f101f701f7ffc8101f8021e0" +
        "001202200220ff7e10222023200012023a023a2a2b1023b023b00011023d023dff5d1023e023e2a28102410241000110" +
        "2430243ff3d1024402440045102450245004710246024e0001203700372000120376037600011037f037f00741038603" +
        "86002610388038a00251038c038c00401038e038f003f1039103a10020103a303ab0020103cf03cf0008103d803ee000" +
        "1203f403f4ffc4103f703f70001103f903f9fff9103fa03fa0001103fd03ffff7e10400040f005010410042f00201046" +
        "0048000012048a04be0001204c004c0000f104c104cd0001204d0052e00012053105560030110a010c51c60110c710c7" +
        "1c60110cd10cd1c60113a013ef97d0113f013f5000811c891c89000111c901cbaf44011cbd1cbff44011e001e9400012" +
        "1e9e1e9ee24111ea01efe000121f081f0ffff811f181f1dfff811f281f2ffff811f381f3ffff811f481f4dfff811f591" +
        "f5ffff821f681f6ffff811f881f8ffff811f981f9ffff811fa81faffff811fb81fb9fff811fba1fbbffb611fbc1fbcff" +
        "f711fc81fcbffaa11fcc1fccfff711fd81fd9fff811fda1fdbff9c11fe81fe9fff811fea1febff9011fec1fecfff911f" +
        "f81ff9ff8011ffa1ffbff8211ffc1ffcfff7121262126e2a31212a212adf411212b212bdfba121322132001c12160216" +
        "f00101218321830001124b624cf001a12c002c2f003012c602c60000112c622c62d60912c632c63f11a12c642c64d619" +
        "12c672c6b000122c6d2c6dd5e412c6e2c6ed60312c6f2c6fd5e112c702c70d5e212c722c72000112c752c75000112c7e" +
        "2c7fd5c112c802ce2000122ceb2ced000122cf22cf200011a640a66c00012a680a69a00012a722a72e00012a732a76e0" +
        "0012a779a77b00012a77da77d75fc1a77ea78600012a78ba78b00011a78da78d5ad81a790a79200012a796a7a800012a" +
        "7aaa7aa5abc1a7aba7ab5ab11a7aca7ac5ab51a7ada7ad5abf1a7aea7ae5abc1a7b0a7b05aee1a7b1a7b15ad61a7b2a7" +
        "b25aeb1a7b3a7b303a01a7b4a7c200012a7c4a7c4ffd01a7c5a7c55abd1a7c6a7c675c81a7c7a7c900012a7cba7cb5a9" +
        "91a7cca7cc00011a7d0a7d000011a7d6a7da00012a7dca7dc59bf1a7f5a7f500011ff21ff3a00201";
}
