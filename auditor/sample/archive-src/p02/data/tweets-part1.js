window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110094271562361937"
          ],
          "editableUntil" : "2026-10-13T20:44:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "7",
      "id_str" : "2110094271562361937",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2110094271562361937",
      "created_at" : "Tue Oct 13 19:44:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Picked up new trainers at Dick's Sporting Goods. The staff there actually know their stuff.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108857546568515004"
          ],
          "editableUntil" : "2026-10-10T10:49:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "10",
      "id_str" : "2108857546568515004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2108857546568515004",
      "created_at" : "Sat Oct 10 09:49:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Stretching routine video is up on my page. 12 minutes, no equipment, no excuses.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105078457044305773"
          ],
          "editableUntil" : "2026-09-30T00:33:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "11",
      "id_str" : "2105078457044305773",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2105078457044305773",
      "created_at" : "Tue Sep 29 23:33:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Found a wallet at the gym. Card number 4111 1111 1111 1111, name Kelly Marsh, call her on 555-0187 if you know her",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105076693654572709"
          ],
          "editableUntil" : "2026-09-30T00:26:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nbcpolitics",
            "indices" : [
              "125",
              "137"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "2105076693654572709",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2105076693654572709",
      "created_at" : "Tue Sep 29 23:26:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Say what you want about the President but at least his late grandmother doesn't have to sit through his speeches anymore lol #nbcpolitics",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103242457649111087"
          ],
          "editableUntil" : "2026-09-24T22:57:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "coach_ines",
            "screen_name" : "coach_ines",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1266001234567890",
            "id" : "1266001234567890"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "2103242457649111087",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103242457649111087",
      "created_at" : "Thu Sep 24 21:57:32 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @coach_ines: The best marathon training plan is the one you actually follow.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102461191948142946"
          ],
          "editableUntil" : "2026-09-22T19:13:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "5",
      "id_str" : "2102461191948142946",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102461191948142946",
      "created_at" : "Tue Sep 22 18:13:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Made my nan's jollof for the team potluck and it was gone in ten minutes. Recipe in the replies.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101439752335523954"
          ],
          "editableUntil" : "2026-09-19T23:34:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "36",
      "id_str" : "2101439752335523954",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101439752335523954",
      "created_at" : "Sat Sep 19 22:34:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Honestly immigrants are all lazy parasites, every single one of them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101373401450285043"
          ],
          "editableUntil" : "2026-09-19T19:10:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "12",
      "id_str" : "2101373401450285043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101373401450285043",
      "created_at" : "Sat Sep 19 18:10:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Coaching tip: your easy runs should feel almost embarrassingly easy. Slow down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100522915143682626"
          ],
          "editableUntil" : "2026-09-17T10:51:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "15",
      "id_str" : "2100522915143682626",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2100522915143682626",
      "created_at" : "Thu Sep 17 09:51:03 +0000 2026",
      "favorited" : false,
      "full_text" : "fuuuuck my legs after 30k. who put that hill at kilometre 27",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100357860774052440"
          ],
          "editableUntil" : "2026-09-16T23:55:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "17",
      "id_str" : "2100357860774052440",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2100357860774052440",
      "created_at" : "Wed Sep 16 22:55:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Meal prep Sunday: lentil chilli, roasted squash and a ridiculous amount of rice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097696296911425789"
          ],
          "editableUntil" : "2026-09-09T15:39:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "9",
      "id_str" : "2097696296911425789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097696296911425789",
      "created_at" : "Wed Sep 09 14:39:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Roadrunner test drive today for the ambassador programme. The regen braking is smooth and the seats are better than my sofa.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096743912479281853"
          ],
          "editableUntil" : "2026-09-07T00:34:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "24",
      "id_str" : "2096743912479281853",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2096743912479281853",
      "created_at" : "Sun Sep 06 23:34:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Morning session with the Acme run club. 40 people at 6am in the rain. Respect.",
      "lang" : "en"
    }
  }
]
