# AES-128 written out from the standard: the S-box is derived from
# inverses in GF(2^8), the key schedule is expanded in Python, and the
# rounds (SubBytes, ShiftRows, MixColumns, AddRoundKey and their inverses)
# work byte by byte on a bytearray state with table lookups.  N blocks are
# encrypted and decrypted in CTR mode and N/2 blocks in CBC mode; the
# FIPS-197 example block is checked first.
#
# usage: bm_aes.py [N [M]]   N = 16-byte blocks, M = runs
# default args: 200 8
# device args: 32 8
import sys
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def xtime(a):
    a <<= 1
    if a & 0x100:
        a ^= 0x11B
    return a


def gf_mul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


def make_tables():
    exp = [0] * 256
    log = [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x ^= xtime(x)  # multiply by the generator 3
    sbox = bytearray(256)
    inv_sbox = bytearray(256)
    for b in range(256):
        inv = 0 if b == 0 else exp[(255 - log[b]) % 255]
        s = inv
        for k in range(1, 5):
            s ^= ((inv << k) | (inv >> (8 - k))) & 0xFF
        s ^= 0x63
        sbox[b] = s
        inv_sbox[s] = b
    mul = {}
    for f in (2, 3, 9, 11, 13, 14):
        mul[f] = [gf_mul(a, f) for a in range(256)]
    return sbox, inv_sbox, mul


SBOX, INV_SBOX, MUL = make_tables()
M2 = MUL[2]
M3 = MUL[3]
M9 = MUL[9]
M11 = MUL[11]
M13 = MUL[13]
M14 = MUL[14]


def expand_key(key):
    w = bytearray(176)
    w[:16] = key
    rcon = 1
    for i in range(16, 176, 4):
        t0 = w[i - 4]
        t1 = w[i - 3]
        t2 = w[i - 2]
        t3 = w[i - 1]
        if i % 16 == 0:
            t0, t1, t2, t3 = SBOX[t1] ^ rcon, SBOX[t2], SBOX[t3], SBOX[t0]
            rcon = xtime(rcon)
        w[i] = w[i - 16] ^ t0
        w[i + 1] = w[i - 15] ^ t1
        w[i + 2] = w[i - 14] ^ t2
        w[i + 3] = w[i - 13] ^ t3
    return w


def add_round_key(s, w, rnd):
    base = rnd * 16
    for i in range(16):
        s[i] ^= w[base + i]


def sub_shift(s, box):
    # SubBytes and ShiftRows together: byte (r, c) takes the one at (r, c + r)
    t = bytes(s)
    for c in range(4):
        for r in range(4):
            s[r + 4 * c] = box[t[r + 4 * ((c + r) & 3)]]


def inv_shift_sub(s, box):
    t = bytes(s)
    for c in range(4):
        for r in range(4):
            s[r + 4 * ((c + r) & 3)] = box[t[r + 4 * c]]


def mix_columns(s):
    for c in range(0, 16, 4):
        a0 = s[c]
        a1 = s[c + 1]
        a2 = s[c + 2]
        a3 = s[c + 3]
        s[c] = M2[a0] ^ M3[a1] ^ a2 ^ a3
        s[c + 1] = a0 ^ M2[a1] ^ M3[a2] ^ a3
        s[c + 2] = a0 ^ a1 ^ M2[a2] ^ M3[a3]
        s[c + 3] = M3[a0] ^ a1 ^ a2 ^ M2[a3]


def inv_mix_columns(s):
    for c in range(0, 16, 4):
        a0 = s[c]
        a1 = s[c + 1]
        a2 = s[c + 2]
        a3 = s[c + 3]
        s[c] = M14[a0] ^ M11[a1] ^ M13[a2] ^ M9[a3]
        s[c + 1] = M9[a0] ^ M14[a1] ^ M11[a2] ^ M13[a3]
        s[c + 2] = M13[a0] ^ M9[a1] ^ M14[a2] ^ M11[a3]
        s[c + 3] = M11[a0] ^ M13[a1] ^ M9[a2] ^ M14[a3]


def encrypt_block(block, w):
    s = bytearray(block)
    add_round_key(s, w, 0)
    for rnd in range(1, 10):
        sub_shift(s, SBOX)
        mix_columns(s)
        add_round_key(s, w, rnd)
    sub_shift(s, SBOX)
    add_round_key(s, w, 10)
    return s


def decrypt_block(block, w):
    s = bytearray(block)
    add_round_key(s, w, 10)
    for rnd in range(9, 0, -1):
        inv_shift_sub(s, INV_SBOX)
        add_round_key(s, w, rnd)
        inv_mix_columns(s)
    inv_shift_sub(s, INV_SBOX)
    add_round_key(s, w, 0)
    return s


def ctr(data, w, nonce):
    out = bytearray(len(data))
    counter = bytearray(nonce)
    for off in range(0, len(data), 16):
        ks = encrypt_block(counter, w)
        for i in range(16):
            out[off + i] = data[off + i] ^ ks[i]
        i = 15
        while i >= 0:
            counter[i] = (counter[i] + 1) & 0xFF
            if counter[i]:
                break
            i -= 1
    return out


def cbc_encrypt(data, w, iv):
    out = bytearray()
    prev = bytes(iv)
    for off in range(0, len(data), 16):
        blk = bytearray(16)
        for i in range(16):
            blk[i] = data[off + i] ^ prev[i]
        prev = encrypt_block(blk, w)
        out.extend(prev)
    return out


def cbc_decrypt(data, w, iv):
    out = bytearray()
    prev = bytes(iv)
    for off in range(0, len(data), 16):
        blk = data[off:off + 16]
        plain = decrypt_block(blk, w)
        for i in range(16):
            plain[i] ^= prev[i]
        out.extend(plain)
        prev = blk
    return out


def to_hex(b):
    return "".join(["%02x" % v for v in b])


def checksum(b):
    h = 0
    for v in b:
        h = (h * 257 + v) % 1000003
    return h


def make_data(nbytes, seed):
    d = bytearray(nbytes)
    x = seed
    for i in range(nbytes):
        x = (x * 137 + 187) & 0xFFFF
        d[i] = x >> 8
    return d


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    fips_key = bytes(range(16))
    fips_plain = bytes([17 * i for i in range(16)])
    fips = encrypt_block(fips_plain, expand_key(fips_key))
    back = decrypt_block(fips, expand_key(fips_key))
    print("fips197", to_hex(fips), bytes(back) == fips_plain)
    key = make_data(16, 99)
    nonce = make_data(16, 5)
    t0 = clock()
    for rep in range(m):
        w = expand_key(key)
        data = make_data(16 * n, rep + 1)
        enc = ctr(data, w, nonce)
        dec = ctr(enc, w, nonce)
        half = data[:16 * (n // 2)]
        cenc = cbc_encrypt(half, w, nonce)
        cdec = cbc_decrypt(cenc, w, nonce)
    elapsed = ms_since(t0)
    print("ctr", checksum(enc), to_hex(enc[-16:]), dec == data)
    print("cbc", checksum(cenc), to_hex(cenc[:16]) if cenc else "-", cdec == half)
    print("elapsed_ms %.3f" % elapsed)


main()
