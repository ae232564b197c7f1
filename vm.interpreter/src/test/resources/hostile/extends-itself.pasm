; class A extends A overflowed the Java stack of the assembler and the VM.
; expect: rejected cycle
class A extends A
method main ()V
    ret
end
