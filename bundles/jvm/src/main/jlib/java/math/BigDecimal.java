package java.math;

/** An immutable decimal: an unscaled BigInteger and a scale (value = unscaled * 10^-scale). */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TWO = new BigDecimal(BigInteger.TWO, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

    private final BigInteger unscaled;
    private final int scale;

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this.unscaled = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger val) { this(val, 0); }

    public BigDecimal(int val) { this(BigInteger.valueOf(val), 0); }

    public BigDecimal(long val) { this(BigInteger.valueOf(val), 0); }

    public BigDecimal(String val) {
        int len = val.length(), i = 0;
        if (len == 0) throw new NumberFormatException("Zero length BigInteger");
        StringBuilder digits = new StringBuilder();
        if (val.charAt(0) == '-' || val.charAt(0) == '+') { if (val.charAt(0) == '-') digits.append('-'); i = 1; }
        int sc = 0, nd = 0;
        boolean dot = false;
        for (; i < len; i++) {
            char c = val.charAt(i);
            if (c >= '0' && c <= '9') { digits.append(c); nd++; if (dot) sc++; }
            else if (c == '.' && !dot) dot = true;
            else if (c == 'e' || c == 'E') {
                String e = val.substring(i + 1);
                if (e.startsWith("+")) e = e.substring(1);
                try { sc -= Integer.parseInt(e); } catch (NumberFormatException ex) { throw new NumberFormatException("Character array is missing \"exponent\" mark 'e' or 'E'."); }
                break;
            } else {
                throw new NumberFormatException("Character " + c + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (nd == 0) throw new NumberFormatException("No digits found.");
        this.unscaled = new BigInteger(digits.toString());
        this.scale = sc;
    }

    public static BigDecimal valueOf(long val) { return new BigDecimal(BigInteger.valueOf(val), 0); }

    public static BigDecimal valueOf(long unscaledVal, int scale) { return new BigDecimal(BigInteger.valueOf(unscaledVal), scale); }

    public static BigDecimal valueOf(double val) { return new BigDecimal(Double.toString(val)); }

    private static BigInteger tenPow(int n) { return BigInteger.TEN.pow(n); }

    private BigInteger alignedTo(int sc) { return sc == scale ? unscaled : unscaled.multiply(tenPow(sc - scale)); }

    public int scale() { return scale; }

    public BigInteger unscaledValue() { return unscaled; }

    public int signum() { return unscaled.signum(); }

    public int precision() {
        if (unscaled.signum() == 0) return 1;
        return unscaled.abs().toString().length();
    }

    public BigDecimal add(BigDecimal v) {
        int sc = Math.max(scale, v.scale);
        return new BigDecimal(alignedTo(sc).add(v.alignedTo(sc)), sc);
    }

    public BigDecimal subtract(BigDecimal v) { return add(v.negate()); }

    public BigDecimal multiply(BigDecimal v) { return new BigDecimal(unscaled.multiply(v.unscaled), scale + v.scale); }

    public BigDecimal negate() { return new BigDecimal(unscaled.negate(), scale); }

    public BigDecimal abs() { return signum() < 0 ? negate() : this; }

    /** The exact quotient, at the smallest scale not below this.scale - divisor.scale that holds it. */
    public BigDecimal divide(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            if (signum() == 0) throw new ArithmeticException("Division undefined");
            throw new ArithmeticException("Division by zero");
        }
        int preferred = scale - divisor.scale;
        BigInteger p = unscaled, q = divisor.unscaled;
        if (p.signum() == 0) return new BigDecimal(BigInteger.ZERO, preferred);
        BigInteger g = p.gcd(q);
        BigInteger qq = q.divide(g).abs();
        int twos = 0, fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (qq.remainder(BigInteger.TWO).signum() == 0) { qq = qq.divide(BigInteger.TWO); twos++; }
        while (qq.remainder(five).signum() == 0) { qq = qq.divide(five); fives++; }
        if (!qq.equals(BigInteger.ONE)) throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        int k = Math.max(twos, fives);
        BigInteger u = p.multiply(tenPow(k)).divide(q);
        return new BigDecimal(u, preferred + k);
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode mode) {
        if (divisor.signum() == 0) throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
        // unscaled result = this.unscaled * 10^(scale - this.scale + divisor.scale) / divisor.unscaled
        int shift = scale - this.scale + divisor.scale;
        BigInteger num = unscaled, den = divisor.unscaled;
        if (shift >= 0) num = num.multiply(tenPow(shift));
        else den = den.multiply(tenPow(-shift));
        return new BigDecimal(roundedDivide(num, den, mode), scale);
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode mode) { return divide(divisor, scale, mode); }

    public BigDecimal remainder(BigDecimal v) {
        int sc = Math.max(scale, v.scale);
        return new BigDecimal(alignedTo(sc).remainder(v.alignedTo(sc)), sc);
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) throw new ArithmeticException("Invalid operation");
        return new BigDecimal(unscaled.pow(n), scale * n);
    }

    private static BigInteger roundedDivide(BigInteger num, BigInteger den, RoundingMode mode) {
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() == 0) return q;
        int sign = num.signum() * den.signum();
        int half = r.abs().shiftLeft(1).compareTo(den.abs()); // 2|r| against |den|
        boolean up;
        switch (mode) {
            case UP: up = true; break;
            case DOWN: up = false; break;
            case CEILING: up = sign > 0; break;
            case FLOOR: up = sign < 0; break;
            case HALF_UP: up = half >= 0; break;
            case HALF_DOWN: up = half > 0; break;
            case HALF_EVEN: up = half > 0 || (half == 0 && q.testBit(0)); break;
            default: throw new ArithmeticException("Rounding necessary");
        }
        return up ? q.add(BigInteger.valueOf(sign)) : q;
    }

    public BigDecimal setScale(int newScale, RoundingMode mode) {
        if (newScale == scale) return this;
        if (newScale > scale) return new BigDecimal(unscaled.multiply(tenPow(newScale - scale)), newScale);
        return new BigDecimal(roundedDivide(unscaled, tenPow(scale - newScale), mode), newScale);
    }

    public BigDecimal setScale(int newScale) { return setScale(newScale, RoundingMode.UNNECESSARY); }

    public BigDecimal stripTrailingZeros() {
        if (unscaled.signum() == 0) return new BigDecimal(BigInteger.ZERO, 0);
        BigInteger u = unscaled;
        int sc = scale;
        while (true) {
            BigInteger[] qr = u.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) break;
            u = qr[0];
            sc--;
        }
        return new BigDecimal(u, sc);
    }

    public int compareTo(BigDecimal v) {
        int sc = Math.max(scale, v.scale);
        return alignedTo(sc).compareTo(v.alignedTo(sc));
    }

    public boolean equals(Object o) {
        if (!(o instanceof BigDecimal)) return false;
        BigDecimal v = (BigDecimal) o;
        return scale == v.scale && unscaled.equals(v.unscaled);
    }

    public int hashCode() { return 31 * unscaled.hashCode() + scale; }

    public BigDecimal min(BigDecimal v) { return compareTo(v) <= 0 ? this : v; }

    public BigDecimal max(BigDecimal v) { return compareTo(v) >= 0 ? this : v; }

    /** The canonical string: plain digits, or scientific notation for a negative scale or a tiny value. */
    public String toString() {
        String digits = unscaled.abs().toString();
        String sign = unscaled.signum() < 0 ? "-" : "";
        if (scale == 0) return sign + digits;
        long adjusted = -(long) scale + (digits.length() - 1);
        if (scale > 0 && adjusted >= -6) {
            int point = digits.length() - scale;
            if (point > 0) return sign + digits.substring(0, point) + "." + digits.substring(point);
            return sign + "0." + "0".repeat(-point) + digits;
        }
        StringBuilder b = new StringBuilder(sign).append(digits.charAt(0));
        if (digits.length() > 1) b.append('.').append(digits, 1, digits.length());
        b.append('E');
        if (adjusted >= 0) b.append('+');
        b.append(adjusted);
        return b.toString();
    }

    public String toPlainString() {
        String digits = unscaled.abs().toString();
        String sign = unscaled.signum() < 0 ? "-" : "";
        if (scale <= 0) return sign + digits + (unscaled.signum() == 0 ? "" : "0".repeat(-scale));
        int point = digits.length() - scale;
        if (point > 0) return sign + digits.substring(0, point) + "." + digits.substring(point);
        return sign + "0." + "0".repeat(-point) + digits;
    }

    public BigInteger toBigInteger() { return setScale(0, RoundingMode.DOWN).unscaled; }

    public long longValue() { return toBigInteger().longValue(); }

    public int intValue() { return toBigInteger().intValue(); }

    public double doubleValue() { return Double.parseDouble(toString()); }

    public float floatValue() { return (float) doubleValue(); }
}
