package phantom.vm.impl;

import phantom.vm.code.ClassFile;

/**
 * What compiled code knows of the method it was made from: its class and method, the depth of
 * each operand stack at every pc (to hand a frame back to the interpreter at any of them) and the
 * class epoch it was made in (any load, patch or rollback after that retires it).
 */
final class JitMethod {
    final ClassInfo owner;
    final long ownerRef;
    final ClassInfo.Target target;
    final ClassFile.Method method;
    final int[] intDepth, objDepth;
    final int epoch, namesEpoch;
    final int mol, mil, mos, mis;
    /** Calls it left to the interpreter (racy, as a hint). */
    int reexecutes;
    /** Set once, right after the class is defined. */
    JitCode code;

    JitMethod(ClassInfo.Target target, int[][] depths, int epoch, int namesEpoch) {
        this.owner = target.owner;
        this.ownerRef = target.owner.ref;
        this.target = target;
        this.method = target.method;
        this.intDepth = depths[0];
        this.objDepth = depths[1];
        this.epoch = epoch;
        this.namesEpoch = namesEpoch;
        this.mol = method.maxOLocals();
        this.mil = method.maxILocals();
        this.mos = method.maxOStack();
        this.mis = method.maxIStack();
    }

    /** Slots a frame dump holds: object locals, integer locals, object stack, integer stack. */
    int dumpSize() { return mol + mil + mos + mis; }
}
