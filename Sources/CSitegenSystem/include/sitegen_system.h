#ifndef SITEGEN_SYSTEM_H
#define SITEGEN_SYSTEM_H

/// Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE), so that a folder
/// being served is replaced without a moment in which it is missing. Returns 0 on success,
/// -1 with errno set where the system or the file system cannot do it.
int sitegen_exchange_paths(const char *first, const char *second);

#endif
