window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1422970011223344556",
    "userName" : "marcus_runs",
    "displayName" : "Marcus Oyelaran"
  },
  "archiveInfo" : {
    "generationDate" : "2026-11-23T18:04:11.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200",
    "numParts" : "1"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "18"
        },
        {
          "fileName" : "data/tweets-part1.js",
          "globalName" : "YTD.tweets.part1",
          "count" : "12"
        }
      ]
    }
  }
}
