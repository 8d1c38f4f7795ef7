//! `platform`: a description of the interpreter and the machine it was built for.

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::def;

const VERSION: &str = "3.4.0";

pub(crate) fn system() -> &'static str {
    if cfg!(target_os = "linux") {
        "Linux"
    } else if cfg!(target_os = "macos") {
        "Darwin"
    } else if cfg!(target_os = "windows") {
        "Windows"
    } else {
        "unknown"
    }
}

pub(crate) fn arch() -> &'static str {
    if cfg!(target_arch = "x86_64") {
        "x86_64"
    } else if cfg!(target_arch = "aarch64") {
        "aarch64"
    } else if cfg!(target_arch = "arm") {
        "arm"
    } else if cfg!(target_arch = "riscv32") {
        "riscv32"
    } else if cfg!(target_arch = "wasm32") {
        "wasm32"
    } else {
        "unknown"
    }
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    def(vm, d, "platform", |vm, _, _| {
        let s = alloc::format!("{}-{}-with-mica", system(), core::env!("CARGO_PKG_VERSION"));
        vm.new_str(s)
    })?;
    def(vm, d, "system", |vm, _, _| vm.new_str_from(system()))?;
    def(vm, d, "machine", |vm, _, _| vm.new_str_from(arch()))?;
    def(vm, d, "python_version", |vm, _, _| vm.new_str_from(VERSION))?;
    def(vm, d, "python_version_tuple", |vm, _, _| {
        let parts: alloc::vec::Vec<Value> =
            VERSION.split('.').map(|p| vm.intern_value(p)).collect();
        vm.new_tuple(parts)
    })?;
    def(vm, d, "python_implementation", |vm, _, _| {
        vm.new_str_from("Mica")
    })?;
    def(vm, d, "python_compiler", |vm, _, _| {
        vm.new_str_from("rustc")
    })?;
    def(vm, d, "libc_ver", |vm, _, _| {
        let a = vm.new_str_from("")?;
        let b = vm.new_str_from("")?;
        vm.new_tuple(alloc::vec![a, b])
    })?;
    Ok(())
}
