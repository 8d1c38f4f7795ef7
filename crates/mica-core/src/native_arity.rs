//! Argument counts and keywords of the natives of built-in types and functions.
//!
//! Native functions index their argument slice directly, so a call with too few
//! arguments must be refused before it reaches them: the VM checks
//! `NativeFunc::min_args` and raises `TypeError`. Python gives methods of one name the
//! same required arguments across the built-in types, so that table is keyed by name.
//!
//! Too many arguments, and keywords a native does not take, are refused the same way
//! from its *signature* (`SIGNATURES`, keyed by owner and name, with CPython's counts
//! and keyword names): `'a'.upper(1)`, `print(foo=1)` and `range(x=1)` are `TypeError`s
//! whatever each native would do with them. Special methods bound to an instance that
//! are not described by owner take what their name takes on every type (`__len__`:
//! nothing, `__add__`: one operand; see `dunder_signature`), with the slot wrappers'
//! wording (`expected 0 arguments, got 1`). A native with no signature here checks its
//! own arguments.

/// How a native is attached to its class: bound methods and class methods receive
/// `self` / `cls` as their first argument, static ones (`__new__`) receive the class
/// explicitly, which counts as an argument too.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    Method,
    Static,
    Class,
}

/// Required positional arguments (not counting `self` / `cls`) of the method `name`.
fn required(name: &str) -> u8 {
    match name {
        "__setattr__" | "__setitem__" | "__set__" | "replace" | "insert" => 2,
        "__exit__" => 3,
        // Binary operators and other one-operand dunders.
        "__getattribute__" | "__getattr__" | "__delattr__" | "__contains__" | "__getitem__"
        | "__delitem__" | "__add__" | "__radd__" | "__iadd__" | "__sub__" | "__rsub__"
        | "__isub__" | "__mul__" | "__rmul__" | "__imul__" | "__matmul__" | "__truediv__"
        | "__rtruediv__" | "__floordiv__" | "__rfloordiv__" | "__mod__" | "__rmod__"
        | "__divmod__" | "__rdivmod__" | "__pow__" | "__rpow__" | "__lshift__" | "__rlshift__"
        | "__rshift__" | "__rrshift__" | "__and__" | "__rand__" | "__iand__" | "__or__"
        | "__ror__" | "__ior__" | "__xor__" | "__rxor__" | "__ixor__" | "__eq__" | "__ne__"
        | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__format__" | "__get__"
        | "__instancecheck__" | "__subclasscheck__" | "__reduce_ex__" | "__set_name__"
        | "__class_getitem__" => 1,
        // Named methods with a required argument.
        "append"
        | "extend"
        | "add"
        | "discard"
        | "remove"
        | "count"
        | "index"
        | "find"
        | "rfind"
        | "rindex"
        | "startswith"
        | "endswith"
        | "join"
        | "setdefault"
        | "fromkeys"
        | "issubset"
        | "issuperset"
        | "isdisjoint"
        | "symmetric_difference"
        | "symmetric_difference_update"
        | "partition"
        | "rpartition"
        | "removeprefix"
        | "removesuffix"
        | "zfill"
        | "center"
        | "ljust"
        | "rjust"
        | "indices"
        | "translate"
        | "format_map"
        | "from_bytes"
        | "fromhex"
        | "send"
        | "throw"
        | "write"
        | "getter"
        | "setter"
        | "deleter"
        | "get" => 1,
        _ => 0,
    }
}

/// The minimum length of the argument slice a native receives (`self`/`cls` included).
pub fn min_args(name: &str, binding: Binding) -> u8 {
    match (binding, name) {
        (Binding::Static, "__new__") => 1,
        (Binding::Static, "maketrans") => 1,
        (Binding::Static, _) => required(name),
        (Binding::Method | Binding::Class, _) => 1 + required(name),
    }
}

/// CPython's text for a call of built-in method `name` of type `type_name` with too few
/// arguments (`required` and `given` not counting `self`), where its form is known.
pub fn cpython_message(
    type_name: &str,
    name: &str,
    required: usize,
    given: usize,
) -> Option<alloc::string::String> {
    use alloc::format;
    let plural = if required == 1 { "" } else { "s" };
    let textual = matches!(type_name, "str" | "bytes" | "bytearray");
    let exactly_one = matches!(
        name,
        "append"
            | "extend"
            | "add"
            | "discard"
            | "remove"
            | "isdisjoint"
            | "issubset"
            | "issuperset"
            | "symmetric_difference"
            | "symmetric_difference_update"
            | "join"
            | "partition"
            | "rpartition"
            | "removeprefix"
            | "removesuffix"
            | "zfill"
            | "format_map"
            | "fromhex"
            | "indices"
            | "getter"
            | "setter"
            | "deleter"
    ) || (name == "count" && !textual)
        || (name == "index" && type_name == "range")
        || (name == "translate" && type_name == "str");
    if exactly_one {
        return Some(format!(
            "{type_name}.{name}() takes exactly one argument ({given} given)"
        ));
    }
    Some(match name {
        "count" | "find" | "rfind" | "index" | "rindex" | "startswith" | "endswith" if textual => {
            format!("{name}() takes at least {required} argument{plural} ({given} given)")
        }
        "translate" => format!("translate() takes at least 1 positional argument ({given} given)"),
        "from_bytes" => "from_bytes() missing required argument 'bytes' (pos 1)".into(),
        "insert" => format!("insert expected 2 arguments, got {given}"),
        "center" | "ljust" | "rjust" | "fromkeys" | "get" | "setdefault" | "replace" | "index" => {
            format!("{name} expected at least {required} argument{plural}, got {given}")
        }
        _ => return None,
    })
}

/// No bound on the positional arguments.
pub const VAR: u8 = u8::MAX;

/// Which keyword arguments a native takes.
#[derive(Clone, Copy)]
pub enum Keywords {
    /// Any (the native checks them itself).
    Any,
    /// None: `f(x=1)` is a `TypeError`.
    None,
    /// Only these.
    Names(&'static [&'static str]),
}

/// What a native accepts besides its required arguments.
#[derive(Clone, Copy)]
pub struct Signature {
    /// Most positional arguments, not counting `self` (or the class of `__new__`).
    pub max: u8,
    pub keywords: Keywords,
}

/// The signature of `owner.name` (`owner`: a built-in type's name, or `"builtins"`),
/// as an index for `NativeFunc::with_signature` (0: not described).
pub fn lookup(owner: &str, name: &str) -> u8 {
    signature_index(owner, name)
}

/// [`lookup`] for a method bound to its instance (`Binding::Method`): special methods
/// not described by name and owner take what the name takes on every type.
pub fn lookup_method(owner: &str, name: &str) -> u8 {
    match signature_index(owner, name) {
        0 => dunder_signature(name),
        i => i,
    }
}

/// The signature at `index` (from [`lookup`]).
pub fn signature(index: u8) -> &'static Signature {
    &SIGNATURES[index as usize % SIGNATURES.len()]
}

/// Why a call giving `given` positional arguments (not counting `self`) and keywords
/// `keywords` does not fit `sig` (`required`: the positional arguments the native
/// needs), in CPython's words, which depend on how CPython declares the function;
/// `None` when it fits.
pub fn check(
    sig: &Signature,
    owner: &str,
    name: &str,
    required: usize,
    given: usize,
    keywords: &[&str],
) -> Option<alloc::string::String> {
    use alloc::format;
    let max = sig.max as usize;
    // Built-in functions check their own required arguments (`min_args` is 0).
    let required = match (owner, name) {
        ("builtins", "isinstance" | "issubclass" | "hasattr" | "divmod" | "delattr") => 2,
        ("builtins", "setattr") => 3,
        ("builtins", "dir" | "vars" | "input" | "globals" | "locals") => 0,
        ("builtins", _) if max == 1 => 1,
        ("math", "log" | "perm") => 1,
        ("math", _) if max == 1 || max == 2 => max,
        ("filter", "__new__") => 2,
        ("reversed", "__new__") => 1,
        _ => required,
    };
    let one_arg = max == 1 && required == 1 && name != "__new__";
    // Without and with the type (`split` / `str.upper`), as CPython names each.
    let plain = match (owner, name) {
        (_, "__new__") => owner,
        ("builtins", "sorted") => "sort",
        _ => name,
    };
    let qualified = match owner {
        "builtins" => format!("{plain}()"),
        _ if name == "__new__" => format!("{owner}()"),
        _ if max == 0 || one_arg => format!("{owner}.{name}()"),
        _ => format!("{plain}()"),
    };
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if slot_wrapper(owner, name) {
        if sig.max != VAR && given > max {
            let at_most = if required < max { "at most " } else { "" };
            return Some(format!(
                "expected {at_most}{max} argument{}, got {given}",
                s(max)
            ));
        }
        return match sig.keywords {
            Keywords::None if !keywords.is_empty() => {
                Some(format!("wrapper {name}() takes no keyword arguments"))
            }
            _ => None,
        };
    }
    let textual = matches!(owner, "str" | "bytes" | "bytearray");
    if sig.max != VAR && given > max {
        return Some(match sig.keywords {
            _ if (owner, name) == ("math", "log") => "math.log requires 1 to 2 arguments".into(),
            _ if (owner, name) == ("math", "isclose") => {
                format!("isclose() takes exactly 2 positional arguments ({given} given)")
            }
            _ if (owner, name) == ("math", "prod") => {
                format!("prod() takes exactly 1 positional argument ({given} given)")
            }
            _ if (owner, name) == ("list", "sort") => {
                format!("{plain}() takes no positional arguments")
            }
            _ if (owner, name) == ("builtins", "sorted") || (owner, name) == ("dict", "update") => {
                format!(
                    "{name} expected {}{max} argument{}, got {given}",
                    if required == max { "" } else { "at most " },
                    s(max)
                )
            }
            _ if max == 0 => format!("{qualified} takes no arguments ({given} given)"),
            Keywords::None
                if textual
                    && matches!(
                        name,
                        "count" | "find" | "rfind" | "index" | "rindex" | "startswith" | "endswith"
                    ) =>
            {
                format!(
                    "{plain}() takes at most {max} argument{} ({given} given)",
                    s(max)
                )
            }
            _ if one_arg => format!("{qualified} takes exactly one argument ({given} given)"),
            Keywords::None if required == max => {
                format!("{plain} expected {max} argument{}, got {given}", s(max))
            }
            Keywords::None => format!(
                "{plain} expected at most {max} argument{}, got {given}",
                s(max)
            ),
            _ => format!(
                "{plain}() takes at most {max} argument{} ({given} given)",
                s(max)
            ),
        });
    }
    if keywords.is_empty() {
        return None;
    }
    match sig.keywords {
        Keywords::Any => None,
        Keywords::None if (owner, name) == ("math", "log") => {
            Some("log() takes no keyword arguments".into())
        }
        Keywords::None if owner != "builtins" && name != "__new__" => {
            Some(format!("{owner}.{name}() takes no keyword arguments"))
        }
        Keywords::None => Some(format!("{qualified} takes no keyword arguments")),
        Keywords::Names(names) => keywords
            .iter()
            .find(|k| !names.contains(k))
            .map(|k| format!("'{k}' is an invalid keyword argument for {plain}()")),
    }
}

static SIGNATURES: [Signature; 40] = [
    // 0: not described here: only `min_args` is checked.
    Signature {
        max: VAR,
        keywords: Keywords::Any,
    },
    // 1
    Signature {
        max: 0,
        keywords: Keywords::Names(&["key", "reverse"]),
    },
    // 2
    Signature {
        max: 0,
        keywords: Keywords::None,
    },
    // 3
    Signature {
        max: 1,
        keywords: Keywords::Names(&["keepends"]),
    },
    // 4
    Signature {
        max: 1,
        keywords: Keywords::Names(&["key", "reverse"]),
    },
    // 5
    Signature {
        max: 1,
        keywords: Keywords::Names(&["tabsize"]),
    },
    // 6
    Signature {
        max: 1,
        keywords: Keywords::None,
    },
    // 7
    Signature {
        max: 1,
        keywords: Keywords::Any,
    },
    // 8
    Signature {
        max: 2,
        keywords: Keywords::Names(&["base"]),
    },
    // 9
    Signature {
        max: 2,
        keywords: Keywords::Names(&["bytes", "byteorder", "signed"]),
    },
    // 10
    Signature {
        max: 2,
        keywords: Keywords::Names(&["delete"]),
    },
    // 11
    Signature {
        max: 2,
        keywords: Keywords::Names(&["encoding", "errors"]),
    },
    // 12
    Signature {
        max: 2,
        keywords: Keywords::Names(&["iterable", "start"]),
    },
    // 13
    Signature {
        max: 2,
        keywords: Keywords::Names(&["length", "byteorder", "signed"]),
    },
    // 14
    Signature {
        max: 2,
        keywords: Keywords::Names(&["number", "ndigits"]),
    },
    // 15
    Signature {
        max: 2,
        keywords: Keywords::Names(&["real", "imag"]),
    },
    // 16
    Signature {
        max: 2,
        keywords: Keywords::Names(&["sep", "bytes_per_sep"]),
    },
    // 17
    Signature {
        max: 2,
        keywords: Keywords::Names(&["sep", "maxsplit"]),
    },
    // 18
    Signature {
        max: 2,
        keywords: Keywords::Names(&["start"]),
    },
    // 19
    Signature {
        max: 2,
        keywords: Keywords::None,
    },
    // 20
    Signature {
        max: 3,
        keywords: Keywords::Names(&["base", "exp", "mod"]),
    },
    // 21
    Signature {
        max: 3,
        keywords: Keywords::Names(&["closure"]),
    },
    // 22
    Signature {
        max: 3,
        keywords: Keywords::Names(&["object", "encoding", "errors"]),
    },
    // 23
    Signature {
        max: 3,
        keywords: Keywords::Names(&["source", "encoding", "errors"]),
    },
    // 24
    Signature {
        max: 3,
        keywords: Keywords::None,
    },
    // 25
    Signature {
        max: 5,
        keywords: Keywords::Names(&["name", "globals", "locals", "fromlist", "level"]),
    },
    // 26
    Signature {
        max: 6,
        keywords: Keywords::Names(&[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ]),
    },
    // 27
    Signature {
        max: 8,
        keywords: Keywords::Names(&[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ]),
    },
    // 28
    Signature {
        max: VAR,
        keywords: Keywords::Names(&["key", "default"]),
    },
    // 29
    Signature {
        max: VAR,
        keywords: Keywords::Names(&["sep", "end", "file", "flush"]),
    },
    // 30
    Signature {
        max: VAR,
        keywords: Keywords::Names(&["strict"]),
    },
    // 31
    Signature {
        max: VAR,
        keywords: Keywords::None,
    },
    // 32
    Signature {
        max: VAR,
        keywords: Keywords::Any,
    },
    // 33
    Signature {
        max: 1,
        keywords: Keywords::Names(&["object"]),
    },
    // 34
    Signature {
        max: 1,
        keywords: Keywords::Names(&["order"]),
    },
    // 35
    Signature {
        max: 2,
        keywords: Keywords::Names(&["rel_tol", "abs_tol"]),
    },
    // 36
    Signature {
        max: 1,
        keywords: Keywords::Names(&["start"]),
    },
    // 37.. : functions of `math` (see `function_owner`), as 6, 19, 31.
    Signature {
        max: 1,
        keywords: Keywords::None,
    },
    // 38
    Signature {
        max: 2,
        keywords: Keywords::None,
    },
    // 39
    Signature {
        max: VAR,
        keywords: Keywords::None,
    },
];

/// Who owns a function (no `self`) with signature `index`, for its messages: the
/// module for a module's functions, else `"builtins"`.
pub fn function_owner(index: u8) -> &'static str {
    match index {
        35..=39 => "math",
        _ => "builtins",
    }
}

/// The index in `SIGNATURES` of `owner.name` (`owner` a built-in type's name, or
/// `"builtins"` for the built-in functions); 0 when it is not described.
fn signature_index(owner: &str, name: &str) -> u8 {
    match (owner, name) {
        ("list", "sort") => 1,
        ("builtins", "globals" | "locals")
        | (
            "bytearray",
            "capitalize" | "clear" | "copy" | "isalnum" | "isalpha" | "isascii" | "isdigit"
            | "islower" | "isspace" | "istitle" | "isupper" | "lower" | "reverse" | "swapcase"
            | "title" | "upper",
        )
        | (
            "bytes",
            "capitalize" | "isalnum" | "isalpha" | "isascii" | "isdigit" | "islower" | "isspace"
            | "istitle" | "isupper" | "lower" | "swapcase" | "title" | "upper",
        )
        | ("complex", "conjugate")
        | ("dict", "clear" | "copy" | "items" | "keys" | "popitem" | "values")
        | ("float", "as_integer_ratio" | "conjugate" | "hex" | "is_integer")
        | ("frozenset", "copy")
        | ("int", "as_integer_ratio" | "bit_count" | "bit_length" | "conjugate")
        | ("list", "clear" | "copy" | "reverse")
        | ("set", "clear" | "copy" | "pop")
        | (
            "str",
            "capitalize" | "casefold" | "isalnum" | "isalpha" | "isascii" | "isdecimal" | "isdigit"
            | "isidentifier" | "islower" | "isnumeric" | "isprintable" | "isspace" | "istitle"
            | "isupper" | "lower" | "swapcase" | "title" | "upper",
        ) => 2,
        ("bytearray", "splitlines") | ("bytes", "splitlines") | ("str", "splitlines") => 3,
        ("builtins", "sorted") => 4,
        ("bytearray", "expandtabs") | ("bytes", "expandtabs") | ("str", "expandtabs") => 5,
        ("bool", "__new__")
        | (
            "builtins",
            "abs" | "all" | "any" | "ascii" | "bin" | "callable" | "chr" | "dir" | "hash" | "hex"
            | "id" | "input" | "len" | "oct" | "ord" | "repr" | "vars",
        )
        | (
            "bytearray",
            "append" | "extend" | "fromhex" | "join" | "lstrip" | "partition" | "pop" | "remove"
            | "removeprefix" | "removesuffix" | "rpartition" | "rstrip" | "strip" | "zfill",
        )
        | (
            "bytes",
            "fromhex" | "join" | "lstrip" | "partition" | "removeprefix" | "removesuffix"
            | "rpartition" | "rstrip" | "strip" | "zfill",
        )
        | ("float", "__new__" | "fromhex")
        | (
            "frozenset",
            "__new__" | "isdisjoint" | "issubset" | "issuperset" | "symmetric_difference",
        )
        | ("list", "__init__" | "append" | "count" | "extend" | "pop" | "remove")
        | ("range", "count" | "index")
        | ("reversed", "__new__")
        | (
            "set",
            "__init__"
            | "add"
            | "discard"
            | "isdisjoint"
            | "issubset"
            | "issuperset"
            | "remove"
            | "symmetric_difference"
            | "symmetric_difference_update",
        )
        | (
            "str",
            "format_map" | "join" | "lstrip" | "partition" | "removeprefix" | "removesuffix"
            | "rpartition" | "rstrip" | "strip" | "translate" | "zfill",
        )
        | ("tuple", "__new__" | "count") => 6,
        ("dict", "update") => 7,
        ("int", "__new__") => 8,
        ("int", "from_bytes") => 9,
        ("bytearray", "translate") | ("bytes", "translate") => 10,
        ("bytearray", "decode") | ("bytes", "decode") | ("str", "encode") => 11,
        ("enumerate", "__new__") => 12,
        ("int", "to_bytes") => 13,
        ("builtins", "round") => 14,
        ("complex", "__new__") => 15,
        ("bytearray", "hex") | ("bytes", "hex") => 16,
        ("bytearray", "rsplit" | "split")
        | ("bytes", "rsplit" | "split")
        | ("str", "rsplit" | "split") => 17,
        ("builtins", "sum") => 18,
        (
            "builtins",
            "delattr" | "divmod" | "format" | "hasattr" | "isinstance" | "issubclass" | "iter"
            | "next",
        )
        | ("bytearray", "center" | "insert" | "ljust" | "maketrans" | "rjust")
        | ("bytes", "center" | "ljust" | "maketrans" | "rjust")
        | ("dict", "fromkeys" | "get" | "pop" | "setdefault")
        | ("filter", "__new__")
        | ("list", "insert")
        | ("str", "center" | "ljust" | "rjust") => 19,
        ("builtins", "pow") => 20,
        ("builtins", "exec") => 21,
        ("str", "__new__") => 22,
        ("bytes" | "bytearray", "__new__") => 23,
        ("builtins", "eval" | "getattr" | "setattr")
        | (
            "bytearray",
            "count" | "endswith" | "find" | "index" | "replace" | "rfind" | "rindex" | "startswith",
        )
        | (
            "bytes",
            "count" | "endswith" | "find" | "index" | "replace" | "rfind" | "rindex" | "startswith",
        )
        | ("list", "index")
        | ("range", "__new__")
        | ("slice", "__new__")
        | (
            "str",
            "count" | "endswith" | "find" | "index" | "maketrans" | "replace" | "rfind" | "rindex"
            | "startswith",
        )
        | ("tuple", "index") => 24,
        ("builtins", "__import__") => 25,
        ("builtins", "compile") => 26,
        ("builtins", "open") => 27,
        ("builtins", "max" | "min") => 28,
        ("builtins", "print") => 29,
        ("zip", "__new__") => 30,
        ("frozenset", "difference" | "intersection" | "union")
        | ("map", "__new__")
        | (
            "set",
            "difference"
            | "difference_update"
            | "intersection"
            | "intersection_update"
            | "union"
            | "update",
        ) => 31,
        ("str", "format") => 32,
        ("memoryview", "release" | "tolist" | "toreadonly")
        | ("object", "__init_subclass__")
        | ("generator" | "coroutine" | "async_generator" | "async_generator_asend", "close") => 2,
        ("generator" | "coroutine" | "async_generator_asend", "send")
        | ("property", "getter" | "setter" | "deleter")
        | ("slice", "indices") => 6,
        ("generator" | "coroutine" | "async_generator_asend", "throw") => 24,
        (
            "math",
            "acos" | "acosh" | "asin" | "asinh" | "atan" | "atanh" | "cbrt" | "ceil" | "cos"
            | "cosh" | "degrees" | "erf" | "erfc" | "exp" | "exp2" | "expm1" | "fabs" | "factorial"
            | "floor" | "frexp" | "fsum" | "gamma" | "isfinite" | "isinf" | "isnan" | "isqrt"
            | "lgamma" | "log10" | "log1p" | "log2" | "modf" | "radians" | "sin" | "sinh" | "sqrt"
            | "tan" | "tanh" | "trunc" | "ulp",
        ) => 37,
        (
            "math",
            "atan2" | "comb" | "copysign" | "dist" | "fmod" | "ldexp" | "log" | "nextafter"
            | "perm" | "pow" | "remainder",
        ) => 38,
        ("math", "gcd" | "hypot" | "lcm") => 39,
        ("math", "isclose") => 35,
        ("math", "prod") => 36,
        ("memoryview", "__new__") => 33,
        ("memoryview", "tobytes") => 34,
        _ => 0,
    }
}

/// The signature of the special method `name` of any built-in type: CPython gives one
/// name the same arguments on every type (0: not described, as `__init__`, `__new__`,
/// `__call__`, `__exit__` and the others whose arguments vary).
fn dunder_signature(name: &str) -> u8 {
    match name {
        "__len__" | "__repr__" | "__str__" | "__hash__" | "__iter__" | "__next__" | "__bool__"
        | "__neg__" | "__pos__" | "__abs__" | "__invert__" | "__int__" | "__float__"
        | "__complex__" | "__index__" | "__trunc__" | "__floor__" | "__ceil__" | "__reversed__"
        | "__await__" | "__aiter__" | "__anext__" | "__enter__" | "__aenter__"
        | "__length_hint__" | "__sizeof__" | "__getnewargs__" | "__getstate__" | "__copy__"
        | "__bytes__" => 2,
        "__pow__" | "__rpow__" | "__setitem__" | "__setattr__" | "__set__" | "__get__"
        | "__set_name__" => 19,
        "__round__" | "__deepcopy__" | "__getattribute__" | "__getattr__" | "__delattr__"
        | "__contains__" | "__getitem__" | "__delitem__" | "__missing__" | "__format__"
        | "__delete__" | "__add__" | "__radd__" | "__iadd__" | "__sub__" | "__rsub__"
        | "__isub__" | "__mul__" | "__rmul__" | "__imul__" | "__matmul__" | "__rmatmul__"
        | "__truediv__" | "__rtruediv__" | "__itruediv__" | "__floordiv__" | "__rfloordiv__"
        | "__ifloordiv__" | "__mod__" | "__rmod__" | "__imod__" | "__divmod__" | "__rdivmod__"
        | "__lshift__" | "__rlshift__" | "__ilshift__" | "__rshift__" | "__rrshift__"
        | "__irshift__" | "__and__" | "__rand__" | "__iand__" | "__or__" | "__ror__"
        | "__ior__" | "__xor__" | "__rxor__" | "__ixor__" | "__eq__" | "__ne__" | "__lt__"
        | "__le__" | "__gt__" | "__ge__" => 6,
        _ => 0,
    }
}

/// Whether CPython makes special method `name` of type `owner` a slot wrapper, whose
/// messages read `expected 1 argument, got 2` (the others are methods of the type,
/// with the messages of any method).
fn slot_wrapper(owner: &str, name: &str) -> bool {
    name.starts_with("__")
        && !matches!(
            name,
            "__new__"
                | "__format__"
                | "__round__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__reversed__"
                | "__length_hint__"
                | "__sizeof__"
                | "__getnewargs__"
                | "__getstate__"
                | "__copy__"
                | "__deepcopy__"
                | "__enter__"
                | "__aenter__"
                | "__bytes__"
                | "__missing__"
                | "__init_subclass__"
        )
        && !matches!(
            (owner, name),
            ("dict", "__contains__" | "__getitem__") | ("list", "__getitem__")
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_self_for_methods() {
        assert_eq!(min_args("append", Binding::Method), 2);
        assert_eq!(min_args("__setitem__", Binding::Method), 3);
        assert_eq!(min_args("copy", Binding::Method), 1);
        assert_eq!(min_args("fromkeys", Binding::Class), 2);
        assert_eq!(min_args("__new__", Binding::Static), 1);
    }

    #[test]
    fn signatures_refuse_extra_arguments_and_unknown_keywords() {
        let upper = signature(lookup("str", "upper"));
        assert!(check(upper, "str", "upper", 0, 0, &[]).is_none());
        assert_eq!(
            check(upper, "str", "upper", 0, 1, &[]).as_deref(),
            Some("str.upper() takes no arguments (1 given)")
        );
        let print = signature(lookup("builtins", "print"));
        assert!(check(print, "builtins", "print", 0, 9, &["sep", "end"]).is_none());
        assert_eq!(
            check(print, "builtins", "print", 0, 0, &["foo"]).as_deref(),
            Some("'foo' is an invalid keyword argument for print()")
        );
        let range = signature(lookup("range", "__new__"));
        assert_eq!(
            check(range, "range", "__new__", 1, 1, &["x"]).as_deref(),
            Some("range() takes no keyword arguments")
        );
        let enumerate = signature(lookup("enumerate", "__new__"));
        assert!(check(
            enumerate,
            "enumerate",
            "__new__",
            1,
            0,
            &["iterable", "start"]
        )
        .is_none());
        assert_eq!(lookup("object", "no_such_method"), 0);
    }

    #[test]
    fn special_methods_take_what_their_name_takes() {
        let len = signature(lookup_method("str", "__len__"));
        assert_eq!(
            check(len, "str", "__len__", 0, 1, &[]).as_deref(),
            Some("expected 0 arguments, got 1")
        );
        assert_eq!(
            check(len, "str", "__len__", 0, 0, &["x"]).as_deref(),
            Some("wrapper __len__() takes no keyword arguments")
        );
        let contains = signature(lookup_method("dict", "__contains__"));
        assert_eq!(
            check(contains, "dict", "__contains__", 1, 2, &[]).as_deref(),
            Some("dict.__contains__() takes exactly one argument (2 given)")
        );
        let pow = signature(lookup_method("int", "__pow__"));
        assert!(check(pow, "int", "__pow__", 1, 2, &[]).is_none());
        // Static natives and the ones whose arguments vary are not described by name.
        assert_eq!(lookup("str", "__len__"), 0);
        assert_eq!(lookup_method("dict", "__init__"), 0);
        assert_eq!(lookup_method("object", "__call__"), 0);
    }
}
