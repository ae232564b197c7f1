public class C200_BinaryTrees {
    static final class Node {
        final Node left, right;
        Node(Node l, Node r) { left = l; right = r; }
        int check() { return left == null ? 1 : 1 + left.check() + right.check(); }
    }
    static Node build(int depth) { return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1)); }
    static int height(Node n) { return n.left == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }
    public static void main(String[] args) {
        int minDepth = 4, maxDepth = 11;
        Node stretch = build(maxDepth + 1);
        System.out.println("stretch tree of depth " + (maxDepth + 1) + "\t check: " + stretch.check());
        Node longLived = build(maxDepth);
        for (int d = minDepth; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + minDepth);
            long check = 0;
            for (int i = 0; i < iterations; i++) check += build(d).check();
            System.out.println(iterations + "\t trees of depth " + d + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check() + " height " + height(longLived));
    }
}
