# Frozen Python implementation of the `heapq` module (binary min-heaps on lists).


def _up(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _down(heap, pos):
    n = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < n:
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up(heap, start, pos)


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def heappush(heap, item):
    _check(heap)
    heap.append(item)
    _up(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _down(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _down(heap, 0)
    return top


def heappushpop(heap, item):
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapify(x):
    _check(x)
    for i in range(len(x) // 2 - 1, -1, -1):
        _down(x, i)


def merge(*iterables, key=None, reverse=False):
    its = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for v in it:
            k = v if key is None else key(v)
            its.append([k, order, v, it])
            break
    while its:
        best = 0
        for i in range(1, len(its)):
            a = its[i]
            b = its[best]
            if reverse:
                better = b[0] < a[0]
            else:
                better = a[0] < b[0]
            if better:
                best = i
        entry = its[best]
        yield entry[2]
        for v in entry[3]:
            entry[0] = v if key is None else key(v)
            entry[2] = v
            break
        else:
            its.pop(best)


def nsmallest(n, iterable, key=None):
    if key is None:
        return sorted(iterable)[:n] if n > 0 else []
    return sorted(iterable, key=key)[:n] if n > 0 else []


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]
