; An empty long object (no data) unboxed read past its end.
; expect: error class long cannot be made with new
class T
method main ()V
    new long
    lunbox
    ipop
    ret
end
