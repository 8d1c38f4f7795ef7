# typing names accept subscription and stay out of the way at run time
from typing import List, Dict, Optional, Union, Tuple, Any, Callable, TypeVar, Generic, Iterator
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
s: Stack[int] = Stack()
s.push(3); print(s.pop())
def f(x: Union[int, str], cb: Callable[[int], int] = None) -> Dict[str, Any]:
    return {"x": x}
print(f(1), f.__annotations__ if False else "")
def gen() -> Iterator[int]:
    yield 1
print(list(gen()))
x: Optional[Tuple[int, ...]] = None
print(x)
