{
  "targets": [
    {
      "target_name": "rename_exchange",
      "conditions": [["OS=='linux'", { "sources": ["rename_exchange.c"] }]]
    }
  ]
}
