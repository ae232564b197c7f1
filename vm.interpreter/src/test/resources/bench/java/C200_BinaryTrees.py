# The algorithm of corpus program C200_BinaryTrees, for ./phantom bench java
class Node:
    __slots__ = ("left", "right")
    def __init__(self, l, r):
        self.left = l; self.right = r
    def check(self):
        return 1 if self.left is None else 1 + self.left.check() + self.right.check()

def build(depth):
    return Node(None, None) if depth == 0 else Node(build(depth - 1), build(depth - 1))

def height(n):
    return 0 if n.left is None else 1 + max(height(n.left), height(n.right))

def main():
    min_depth, max_depth = 4, 11
    stretch = build(max_depth + 1)
    print("stretch tree of depth %d\t check: %d" % (max_depth + 1, stretch.check()))
    long_lived = build(max_depth)
    for d in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - d + min_depth)
        check = 0
        for _ in range(iterations):
            check += build(d).check()
        print("%d\t trees of depth %d\t check: %d" % (iterations, d, check))
    print("long lived tree of depth %d\t check: %d height %d" % (max_depth, long_lived.check(), height(long_lived)))

main()
