# The algorithm of corpus program C204_Mandelbrot, for ./phantom bench java
def iterate(cr, ci, mx):
    zr = zi = 0.0
    i = 0
    while i < mx and zr * zr + zi * zi <= 4.0:
        t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; i += 1
    return i

def main():
    w, h, mx = 60, 24, 200
    shades = " .:-=+*#%@"
    checksum = 0; inside = 0
    for y in range(h):
        row = []
        ci = -1.2 + 2.4 * y / (h - 1)
        for x in range(w):
            cr = -2.1 + 3.0 * x / (w - 1)
            it = iterate(cr, ci, mx)
            checksum = (checksum * 31 + it) & 0xFFFFFFFFFFFFFFFF
            if it == mx:
                inside += 1; row.append('@')
            else:
                row.append(shades[min(it // 3, len(shades) - 2)])
        print("".join(row))
    if checksum >= 1 << 63: checksum -= 1 << 64
    print("inside=%d checksum=%d" % (inside, checksum))
    bits = 0; size = 32
    for y in range(size):
        for x in range(size):
            if iterate(2.0 * x / size - 1.5, 2.0 * y / size - 1.0, 50) == 50: bits += 1
    print("32x32 members=%d" % bits)

main()
