; A freshly made error has no message: throwing it made the VM's description fail.
; expect: error uncaught error: null
class T
method main ()V
    new error
    throw
end
