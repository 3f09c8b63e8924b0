#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jobs_fuzz::cv_file(data));
