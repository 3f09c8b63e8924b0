#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jobs_fuzz::cursor(data));
