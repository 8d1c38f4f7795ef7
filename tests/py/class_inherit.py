# single inheritance and method overriding
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + "!"
a, d, p = Animal("gen"), Dog("rex"), Puppy("bit", 1)
for x in (a, d, p):
    print(x.speak(), x.kind())
print(p.age, isinstance(p, Animal), issubclass(Puppy, Dog), Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
class Base:
    def template(self):
        return "<" + self.hook() + ">"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class Over(int):
    def __add__(self, o):
        return "overridden"
print(Over(1) + 1, 1 + Over(1))
