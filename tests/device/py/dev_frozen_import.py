# The core's modules written in Python are frozen (compiled when the firmware was built):
# importing them compiles nothing, so they import in a heap far too small for compiling
# their sources (asyncio alone needed ~900 KB for that).
import gc

gc.collect()
_blk = []
while gc.mem_free() > 560 * 1024:
    _blk.append(bytearray(32 * 1024))
import asyncio, collections, re, json

print(json.dumps({"a": [1, 2.5, None]}), re.sub(r"\d+", "#", "x1y22"))
print(collections.deque([1, 2, 3], 2))


async def main():
    await asyncio.sleep_ms(1)
    return "done"


print(asyncio.run(main()))
del _blk
