; A two-class cycle.
; expect: rejected cycle
class A extends B
method main ()V
    ret
end
class B extends A
field int x
