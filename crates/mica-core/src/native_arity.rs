//! Minimum positional argument counts for the native methods of built-in types.
//!
//! Native functions index their argument slice directly, so a call with too few
//! arguments must be refused before it reaches them: the VM checks
//! `NativeFunc::min_args` and raises `TypeError`. Python gives methods of one name the
//! same required arguments across the built-in types, so the table is keyed by name.

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
}
