# A small ray tracer: a vector class with operator overloading, spheres and
# a checkered floor plane, two point lights with shadow rays, Phong-style
# highlights and one level of reflection, rendered to an N x 3N/4 image of
# brightness levels 0-9.  Levels are coarse, so float32 and float64 images
# agree for the sizes used here.
#
# usage: bm_raytrace.py [N [M]]   N = image width, M = runs
# default args: 48 10
# device args: 32 2
import sys
from math import sqrt
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0

EPS = 0.0001
FAR = 1.0e9


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, albedo, mirror):
        self.centre = centre
        self.radius = radius
        self.albedo = albedo
        self.mirror = mirror

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return FAR
        root = sqrt(disc)
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        if t > EPS:
            return t
        return FAR

    def normal(self, p):
        return (p - self.centre).unit()

    def colour(self, p):
        return self.albedo


class Floor:
    def __init__(self, height, mirror):
        self.height = height
        self.mirror = mirror
        self.up = Vec(0.0, 1.0, 0.0)

    def hit(self, ray):
        dy = ray.direction.y
        if -EPS < dy < EPS:
            return FAR
        t = (self.height - ray.origin.y) / dy
        if t > EPS:
            return t
        return FAR

    def normal(self, p):
        return self.up

    def colour(self, p):
        if (int(p.x + 100.0) + int(p.z + 100.0)) & 1:
            return 0.9
        return 0.2


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 6.0), 1.0, 0.8, 0.3),
            Sphere(Vec(-2.2, 0.7, 7.5), 0.7, 0.6, 0.0),
            Sphere(Vec(1.8, 0.5, 4.8), 0.5, 0.9, 0.5),
            Floor(0.0, 0.1),
        ]
        self.lights = [(Vec(-4.0, 6.0, 1.0), 0.7), (Vec(5.0, 4.0, 2.5), 0.4)]
        self.ambient = 0.08

    def nearest(self, ray):
        best = FAR
        found = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t < best:
                best = t
                found = obj
        return found, best

    def shadowed(self, point, light):
        to_light = light - point
        dist = to_light.length()
        ray = Ray(point, to_light)
        for obj in self.objects:
            if obj.hit(ray) < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return 0.1 + 0.2 * max(ray.direction.y, 0.0)
        p = ray.at(t)
        n = obj.normal(p)
        base = obj.colour(p)
        light_sum = self.ambient
        for (pos, power) in self.lights:
            if self.shadowed(p, pos):
                continue
            ldir = (pos - p).unit()
            diffuse = n.dot(ldir)
            if diffuse > 0.0:
                light_sum += power * diffuse
                spec = ldir.reflect(n).dot(ray.direction)
                if spec > 0.0:
                    spec *= spec
                    spec *= spec
                    spec *= spec
                    light_sum += power * 0.5 * spec * spec
        result = base * light_sum
        if depth > 0 and obj.mirror > 0.0:
            bounce = Ray(p, ray.direction.reflect(n))
            result = result * (1.0 - obj.mirror) + self.trace(bounce, depth - 1) * obj.mirror
        return result


def render(scene, w):
    h = w * 3 // 4
    eye = Vec(0.0, 1.6, 0.0)
    image = []
    for row in range(h):
        y = 0.75 - 1.5 * row / h
        line = []
        for col in range(w):
            x = -1.0 + 2.0 * col / w
            b = scene.trace(Ray(eye, Vec(x, y - 0.25, 1.5)), 1)
            level = int(b * 10.0)
            if level > 9:
                level = 9
            line.append(level)
        image.append(line)
    return image


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 48
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    scene = Scene()
    t0 = clock()
    for rep in range(m):
        image = render(scene, n)
    elapsed = ms_since(t0)
    h = 0
    hist = [0] * 10
    for line in image:
        for v in line:
            h = (h * 11 + v) % 1000003
            hist[v] += 1
    print("hash", h)
    print("histogram", " ".join([str(c) for c in hist]))
    print("row", "".join([str(v) for v in image[len(image) // 2]]))
    print("elapsed_ms %.3f" % elapsed)


main()
