window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "marcus.o@example.com",
      "createdVia" : "web",
      "username" : "marcus_runs",
      "accountId" : "1422970011223344556",
      "createdAt" : "2021-08-03T09:12:44.000Z",
      "accountDisplayName" : "Marcus Oyelaran"
    }
  }
]
