; The benchmark programs: the same algorithms as JavaAlgos.java and algos.py.
class Bench
method fib (I)I
    iload 0
    iconst 2
    if_icmplt small
    this
    iload 0
    iconst 1
    isub
    call Bench.fib (I)I
    this
    iload 0
    iconst 2
    isub
    call Bench.fib (I)I
    iadd
    iret
small:
    iload 0
    iret
end

; sum of (i xor j) over i, j below n
method loops (I)J
    lconst 0
    lstore 3
    iconst 0
    istore 1
outer:
    iload 1
    iload 0
    if_icmpge done
    iconst 0
    istore 2
inner:
    iload 2
    iload 0
    if_icmpge next
    lload 3
    iload 1
    iload 2
    ixor
    i2l
    ladd
    lstore 3
    iinc 2 1
    goto inner
next:
    iinc 1 1
    goto outer
done:
    lload 3
    iret
end

; primes below n, flags in a byte array
method sieve (I)I
    iload 0
    newarray byte
    ostore 1
    iconst 0
    istore 1
    iconst 2
    istore 2
outer:
    iload 2
    iload 0
    if_icmpge done
    oload 1
    iload 2
    baload
    ifne next
    iinc 1 1
    iload 2
    iconst 46340        ; i * i would not fit an int: no multiples left to mark
    if_icmpgt next
    iload 2
    iload 2
    imul
    istore 3
inner:
    iload 3
    iload 0
    if_icmpge next
    oload 1
    iload 3
    iconst 1
    bastore
    iload 3
    iload 2
    iadd
    istore 3
    goto inner
next:
    iinc 2 1
    goto outer
done:
    iload 1
    iret
end

; n calls of twice and add on one object: two calls per iteration
method calls (I)I
    new Acc
    ostore 1
    iconst 0
    istore 1
loop:
    iload 1
    iload 0
    if_icmpge done
    oload 1
    oload 1
    iload 1
    iconst 15
    iand
    call Acc.twice (I)I
    call Acc.add (I)V
    iinc 1 1
    goto loop
done:
    oload 1
    call Acc.total ()I
    iret
end

; a complete binary tree of depth d
method make (I)O
    iload 0
    ifgt inner
    new TreeNode
    oret
inner:
    new TreeNode
    odup
    this
    iload 0
    iconst 1
    isub
    call Bench.make (I)O
    this
    iload 0
    iconst 1
    isub
    call Bench.make (I)O
    call TreeNode.init (OO)V
    oret
end

; four trees of depth d built, walked and dropped: nodes counted
method trees (I)I
    iconst 0
    istore 1
    iconst 0
    istore 2
loop:
    iload 2
    iconst 4
    if_icmpge done
    this
    iload 0
    call Bench.make (I)O
    call TreeNode.check ()I
    iload 1
    iadd
    istore 1
    iinc 2 1
    goto loop
done:
    iload 1
    iret
end

; n virtual calls of area over four shapes of four classes
method dispatch (I)J
    new array
    ostore 1
    oload 1
    new Square
    odup
    iconst 3
    iconst 3
    call Shape.init (II)V
    call array.add (O)V
    oload 1
    new Rect
    odup
    iconst 2
    iconst 5
    call Shape.init (II)V
    call array.add (O)V
    oload 1
    new Tri
    odup
    iconst 4
    iconst 6
    call Shape.init (II)V
    call array.add (O)V
    oload 1
    new Disc
    odup
    iconst 2
    iconst 2
    call Shape.init (II)V
    call array.add (O)V
    lconst 0
    lstore 1
    iconst 0
    istore 2
loop:
    iload 2
    iload 0
    if_icmpge done
    oload 1
    iload 2
    iconst 3
    iand
    call array.get (I)O
    call Shape.area ()I
    i2l
    lload 1
    ladd
    lstore 1
    iinc 2 1
    goto loop
done:
    lload 1
    iret
end

; n strings built from numbers: their lengths summed
method strings (I)I
    iconst 0
    istore 1
    iconst 0
    istore 2
loop:
    iload 2
    iload 0
    if_icmpge done
    iload 2
    callstatic string.fromInt (I)O
    oldc ","
    call string.concat (O)O
    call string.length ()I
    iload 1
    iadd
    istore 1
    iinc 2 1
    goto loop
done:
    iload 1
    iret
end

; n transfers between 100 accounts, each done one logged in a list cleared every 256:
; transfers done plus the money (always 10000)
method mixed (I)I
    new array
    ostore 1
    new array
    ostore 2
    iconst 0
    istore 2
open:
    iload 2
    iconst 100
    if_icmpge opened
    oload 1
    new Account
    odup
    iconst 100
    call Account.init (I)V
    call array.add (O)V
    iinc 2 1
    goto open
opened:
    iconst 0
    istore 1
    iconst 0
    istore 2
loop:
    iload 2
    iload 0
    if_icmpge done
    iload 2
    iconst 7
    imul
    iconst 100
    irem
    istore 3
    iload 2
    iconst 13
    imul
    iconst 5
    iadd
    iconst 100
    irem
    istore 4
    iload 2
    iconst 50
    irem
    istore 5
    oload 1
    iload 3
    call array.get (I)O
    iload 5
    call Account.withdraw (I)I
    ifeq skip
    oload 1
    iload 4
    call array.get (I)O
    iload 5
    call Account.deposit (I)V
    oload 2
    new Txn
    odup
    iload 5
    call Txn.init (I)V
    call array.add (O)V
    iinc 1 1
skip:
    iload 2
    iconst 255
    iand
    iconst 255
    if_icmpne next
    oload 2
    call array.clear ()V
next:
    iinc 2 1
    goto loop
done:
    iconst 0
    istore 2
sum:
    iload 2
    iconst 100
    if_icmpge summed
    oload 1
    iload 2
    call array.get (I)O
    call Account.balance ()I
    iload 1
    iadd
    istore 1
    iinc 2 1
    goto sum
summed:
    iload 1
    iret
end

method main ()V
    ret
end

class Acc
field int total
method twice (I)I
    iload 0
    iload 0
    iadd
    iret
end
method add (I)V
    igetf total
    iload 0
    iadd
    iputf total
    ret
end
method total ()I
    igetf total
    iret
end

class TreeNode
field obj left
field obj right
method init (OO)V
    oload 1
    oputf left
    oload 2
    oputf right
    ret
end
method check ()I
    ogetf left
    ifnull leaf
    ogetf left
    call TreeNode.check ()I
    ogetf right
    call TreeNode.check ()I
    iadd
    iconst 1
    iadd
    iret
leaf:
    iconst 1
    iret
end

class Shape
field int w
field int h
method init (II)V
    iload 0
    iputf w
    iload 1
    iputf h
    ret
end
method area ()I
    iconst 0
    iret
end
class Square extends Shape
method area ()I
    igetf w
    igetf w
    imul
    iret
end
class Rect extends Shape
method area ()I
    igetf w
    igetf h
    imul
    iret
end
class Tri extends Shape
method area ()I
    igetf w
    igetf h
    imul
    iconst 2
    idiv
    iret
end
class Disc extends Shape
method area ()I
    igetf w
    igetf w
    imul
    iconst 3
    imul
    iret
end

class Account
field int balance
method init (I)V
    iload 0
    iputf balance
    ret
end
method withdraw (I)I
    igetf balance
    iload 0
    if_icmplt no
    igetf balance
    iload 0
    isub
    iputf balance
    iconst 1
    iret
no:
    iconst 0
    iret
end
method deposit (I)V
    igetf balance
    iload 0
    iadd
    iputf balance
    ret
end
method balance ()I
    igetf balance
    iret
end

class Txn
field int amount
method init (I)V
    iload 0
    iputf amount
    ret
end
