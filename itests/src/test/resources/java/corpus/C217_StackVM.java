import java.util.*;
public class C217_StackVM {
    enum Op { PUSH, POP, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, OVER, JMP, JZ, JNZ, LOAD, STORE, PRINT, CALL, RET, LT, HALT }
    record Insn(Op op, int arg) { public String toString() { return op + (arg != 0 ? " " + arg : ""); } }
    static List<Insn> assemble(String src) {
        Map<String, Integer> labels = new HashMap<>();
        List<String[]> lines = new ArrayList<>();
        for (String raw : src.split("\n")) {
            String l = raw.trim(); if (l.isEmpty() || l.startsWith(";")) continue;
            if (l.endsWith(":")) { labels.put(l.substring(0, l.length() - 1), lines.size()); continue; }
            lines.add(l.split("\\s+"));
        }
        List<Insn> prog = new ArrayList<>();
        for (String[] p : lines) { int arg = 0; if (p.length > 1) arg = labels.containsKey(p[1]) ? labels.get(p[1]) : Integer.parseInt(p[1]); prog.add(new Insn(Op.valueOf(p[0].toUpperCase()), arg)); }
        return prog;
    }
    static String run(List<Insn> prog, int maxSteps) {
        int[] stack = new int[256]; int sp = 0; int[] mem = new int[16]; Deque<Integer> calls = new ArrayDeque<>();
        StringBuilder out = new StringBuilder(); int pc = 0, steps = 0;
        while (steps++ < maxSteps) {
            Insn in = prog.get(pc++);
            switch (in.op()) {
                case PUSH -> stack[sp++] = in.arg();
                case POP -> sp--;
                case ADD -> { sp--; stack[sp - 1] += stack[sp]; }
                case SUB -> { sp--; stack[sp - 1] -= stack[sp]; }
                case MUL -> { sp--; stack[sp - 1] *= stack[sp]; }
                case DIV -> { sp--; stack[sp - 1] /= stack[sp]; }
                case MOD -> { sp--; stack[sp - 1] %= stack[sp]; }
                case LT -> { sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; }
                case DUP -> { stack[sp] = stack[sp - 1]; sp++; }
                case OVER -> { stack[sp] = stack[sp - 2]; sp++; }
                case SWAP -> { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; }
                case JMP -> pc = in.arg();
                case JZ -> { if (stack[--sp] == 0) pc = in.arg(); }
                case JNZ -> { if (stack[--sp] != 0) pc = in.arg(); }
                case LOAD -> stack[sp++] = mem[in.arg()];
                case STORE -> mem[in.arg()] = stack[--sp];
                case PRINT -> out.append(stack[--sp]).append(' ');
                case CALL -> { calls.push(pc); pc = in.arg(); }
                case RET -> pc = calls.pop();
                case HALT -> { return out.toString().trim() + " [steps=" + steps + "]"; }
            }
        }
        return out + "[step limit]";
    }
    public static void main(String[] args) {
        String fact = "push 1\nstore 0\npush 10\nstore 1\nloop:\nload 1\njz end\nload 0\nload 1\nmul\nstore 0\nload 1\npush 1\nsub\nstore 1\njmp loop\nend:\nload 0\nprint\nhalt";
        String fib = "push 0\npush 1\npush 15\nstore 2\nagain:\nover\nprint\ndup\nstore 3\nadd\nload 3\nswap\nload 2\npush 1\nsub\ndup\nstore 2\njnz again\nhalt";
        String gcd = "; gcd via subroutine\npush 1071\npush 462\ncall g\nprint\npush 270\npush 192\ncall g\nprint\nhalt\ng:\ndup\njz done\nswap\nover\nmod\njmp g\ndone:\npop\nret";
        String primes = "push 2\nstore 0\nouter:\nload 0\npush 40\nlt\njz fin\npush 2\nstore 1\ninner:\nload 1\nload 1\nmul\nload 0\nswap\nlt\njnz isprime\nload 0\nload 1\nmod\njz next\nload 1\npush 1\nadd\nstore 1\njmp inner\nisprime:\nload 0\nprint\nnext:\nload 0\npush 1\nadd\nstore 0\njmp outer\nfin:\nhalt";
        for (String[] p : new String[][]{{"fact", fact}, {"fib", fib}, {"gcd", gcd}, {"primes", primes}}) {
            List<Insn> prog = assemble(p[1]);
            System.out.println(p[0] + " (" + prog.size() + " insns, starts " + prog.subList(0, 3) + "): " + run(prog, 100000));
        }
        System.out.println("spin: " + run(assemble("top:\njmp top"), 500));
        try { run(assemble("push 1\npush 0\ndiv\nhalt"), 10); } catch (ArithmeticException e) { System.out.println("vm trap: " + e.getMessage()); }
    }
}
