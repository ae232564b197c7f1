; callstatic of an instance method that reads a field: it ran with a null this.
; expect: error callstatic of instance method
class Victim
field obj secret
method peek ()O
    ogetf secret
    oret
end
method main ()V
    callstatic Victim.peek ()O
    opop
    ret
end
