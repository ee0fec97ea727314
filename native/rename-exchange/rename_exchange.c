/*
 * exchange(a, b): swaps two paths in one step with Linux's renameat2(RENAME_EXCHANGE), so that
 * neither name is ever missing. Returns 0, or the errno of the failure (the caller names it).
 * Node-API only, so one build serves every Node version.
 */
#define _GNU_SOURCE
#define NAPI_VERSION 8
#include <errno.h>
#include <fcntl.h>
#include <node_api.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

static napi_value exchange(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  char a[4096], b[4096];
  size_t length;
  napi_value result;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 2 ||
      napi_get_value_string_utf8(env, argv[0], a, sizeof a, &length) != napi_ok ||
      length >= sizeof a - 1 ||
      napi_get_value_string_utf8(env, argv[1], b, sizeof b, &length) != napi_ok ||
      length >= sizeof b - 1) {
    napi_throw_type_error(env, NULL, "exchange(a, b) takes two paths shorter than 4096 bytes");
    return NULL;
  }
  long status = syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
  napi_create_int32(env, status == 0 ? 0 : errno, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value function;
  napi_create_function(env, "exchange", NAPI_AUTO_LENGTH, exchange, NULL, &function);
  napi_set_named_property(env, exports, "exchange", function);
  return exports;
}
