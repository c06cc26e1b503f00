#ifndef CLAUSIER_CHUNSPELL_SHIM_H
#define CLAUSIER_CHUNSPELL_SHIM_H
#include <hunspell/hunspell.h>
#endif
