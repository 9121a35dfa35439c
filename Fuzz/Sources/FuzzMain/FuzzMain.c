#include <stddef.h>
#include <stdint.h>
#include <sanitizer/lsan_interface.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
void parley_fuzz_prepare(void);

// SwiftPM links an executable with `--defsym main=parley_fuzz_main` (the Swift module's
// renamed entry point), which takes the place of libFuzzer's own main; so the entry point
// is this one, and it hands over to libFuzzer's driver with the Swift callback.
int parley_fuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}

// Called by libFuzzer once, before the first input. What is read once for every input
// (the theme) is kept for good; LeakSanitizer cannot follow some of Swift's references
// to it and would report it as lost, so it is read with leak checking off.
int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    __lsan_disable();
    parley_fuzz_prepare();
    __lsan_enable();
    return 0;
}
