-- The benchmark algorithms in Lua 5.4, timed the same way as the VM, Java and Python versions.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local function loops(n)
  local s = 0
  for i = 0, n - 1 do
    for j = 0, n - 1 do s = s + (i ~ j) end
  end
  return s
end

local function sieve(n)
  local flags = {}
  local count = 0
  for i = 2, n - 1 do
    if not flags[i] then
      count = count + 1
      local j = i * i
      while j < n do
        flags[j] = true
        j = j + i
      end
    end
  end
  return count
end

local Acc = {}
Acc.__index = Acc
function Acc.new() return setmetatable({ total = 0 }, Acc) end
function Acc:twice(x) return x + x end
function Acc:add(x) self.total = self.total + x end

local function calls(n)
  local a = Acc.new()
  for i = 0, n - 1 do a:add(a:twice(i & 15)) end
  return a.total
end

local TreeNode = {}
TreeNode.__index = TreeNode
function TreeNode.new(left, right) return setmetatable({ left = left, right = right }, TreeNode) end
function TreeNode:check()
  if self.left == nil then return 1 end
  return self.left:check() + self.right:check() + 1
end

local function make(d)
  if d <= 0 then return TreeNode.new(nil, nil) end
  return TreeNode.new(make(d - 1), make(d - 1))
end

local function trees(d)
  local total = 0
  for _ = 1, 4 do total = total + make(d):check() end
  return total
end

local Shape = {}
Shape.__index = Shape
function Shape.new(class, w, h) return setmetatable({ w = w, h = h }, class) end
function Shape:area() return 0 end
local function subclass(area)
  local c = setmetatable({ area = area }, { __index = Shape })
  c.__index = c
  return c
end
local Square = subclass(function(self) return self.w * self.w end)
local Rect = subclass(function(self) return self.w * self.h end)
local Tri = subclass(function(self) return self.w * self.h // 2 end)
local Disc = subclass(function(self) return self.w * self.w * 3 end)

local function dispatch(n)
  local shapes = { Shape.new(Square, 3, 3), Shape.new(Rect, 2, 5), Shape.new(Tri, 4, 6), Shape.new(Disc, 2, 2) }
  local total = 0
  for i = 0, n - 1 do total = total + shapes[(i & 3) + 1]:area() end
  return total
end

local function strings(n)
  local total = 0
  for i = 0, n - 1 do total = total + #(tostring(i) .. ",") end
  return total
end

local Account = {}
Account.__index = Account
function Account.new(balance) return setmetatable({ balance = balance }, Account) end
function Account:withdraw(amount)
  if self.balance < amount then return false end
  self.balance = self.balance - amount
  return true
end
function Account:deposit(amount) self.balance = self.balance + amount end

local function mixed(n)
  local accounts = {}
  for k = 1, 100 do accounts[k] = Account.new(100) end
  local log, logged, done = {}, 0, 0
  for i = 0, n - 1 do
    local from, to, amount = i * 7 % 100, (i * 13 + 5) % 100, i % 50
    if accounts[from + 1]:withdraw(amount) then
      accounts[to + 1]:deposit(amount)
      logged = logged + 1
      log[logged] = { amount = amount }
      done = done + 1
    end
    if i & 255 == 255 then log, logged = {}, 0 end
  end
  local sum = 0
  for k = 1, 100 do sum = sum + accounts[k].balance end
  return done + sum
end

local names = { "fib", "loops", "sieve", "calls", "trees", "dispatch", "strings", "mixed" }
local fns = { fib, loops, sieve, calls, trees, dispatch, strings, mixed }
for k = 1, #arg do
  local n = tonumber(arg[k])
  local t = os.clock()
  local r = fns[k](n)
  print(string.format("%s %d %.6f", names[k], r, os.clock() - t))
end
