public class C036_LookupSwitch {
    static String sparse(int x) {
        switch (x) {
            case -1000000: return "minus million";
            case -1: return "minus one";
            case 10: return "ten";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case 1000000: return "million";
            case Integer.MAX_VALUE: return "max";
            case Integer.MIN_VALUE: return "min";
            default: return "?" + x;
        }
    }
    static int http(int code) {
        switch (code) {
            case 200: case 201: case 204: return 2;
            case 301: case 302: return 3;
            case 400: case 401: case 403: case 404: return 4;
            case 500: case 503: return 5;
        }
        return 0;
    }
    public static void main(String[] args) {
        int[] ks = {-1000000, -1, 0, 10, 11, 1000, 65536, 65535, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE, 7};
        for (int k : ks) System.out.println(k + " -> " + sparse(k));
        int[] codes = {200, 201, 202, 204, 301, 302, 303, 400, 404, 418, 500, 503, 599};
        StringBuilder sb = new StringBuilder();
        for (int c : codes) sb.append(c).append('=').append(http(c)).append(' ');
        System.out.println(sb);
        long hash = 0;
        for (int i = 0; i < 5000; i += 7) {
            switch (i) { case 7: hash += 1; break; case 700: hash += 2; break; case 3500: hash += 3; break; case 4998: hash += 4; break; default: hash += i % 3; }
        }
        System.out.println("hash=" + hash);
        char c = '%';
        switch (c) { case '!': System.out.println("bang"); break; case '%': System.out.println("percent"); break; case '~': System.out.println("tilde"); break; }
    }
}
