import java.math.BigInteger;
import java.math.BigDecimal;
public class C104_NumberConversions {
    public static void main(String[] args) {
        Number[] ns = {42, 42L, 4.2, 4.2f, (short) 42, (byte) 42};
        for (Number n : ns) System.out.println(n + ": int=" + n.intValue() + " long=" + n.longValue() + " double=" + n.doubleValue() + " float=" + n.floatValue() + " short=" + n.shortValue() + " byte=" + n.byteValue());
        Integer big = 300;
        System.out.println(big.byteValue() + " " + big.shortValue() + " " + Double.valueOf(1e20).longValue() + " " + Double.valueOf(-1e20).intValue());
        BigInteger f = BigInteger.ONE;
        for (int i = 1; i <= 30; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("30! = " + f + " bits=" + f.bitLength() + " mod 1e9+7 = " + f.mod(BigInteger.valueOf(1000000007)));
        System.out.println(BigInteger.TWO.pow(100) + " " + new BigInteger("123456789123456789").multiply(new BigInteger("987654321")) + " " + BigInteger.valueOf(-17).divide(BigInteger.valueOf(5)) + " " + BigInteger.valueOf(-17).mod(BigInteger.valueOf(5)));
        System.out.println(new BigDecimal("0.1").add(new BigDecimal("0.2")) + " " + new BigDecimal("1.50").multiply(new BigDecimal("3")) + " " + new BigDecimal("10").divide(new BigDecimal("4")));
        System.out.println(new BigDecimal("2.50").equals(new BigDecimal("2.5")) + " " + new BigDecimal("2.50").compareTo(new BigDecimal("2.5")) + " " + new BigDecimal("1.23456").setScale(2, java.math.RoundingMode.HALF_UP));
        System.out.println(BigInteger.valueOf(97).isProbablePrime(20) + " " + BigInteger.valueOf(48).gcd(BigInteger.valueOf(180)) + " " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(200), BigInteger.valueOf(1000)));
    }
}
