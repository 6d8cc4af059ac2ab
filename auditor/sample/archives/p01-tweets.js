window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2121603700998144156"
          ],
          "editableUntil" : "2026-11-14T14:58:34.000Z",
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
        "86"
      ],
      "favorite_count" : "15",
      "id_str" : "2121603700998144156",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2121603700998144156",
      "created_at" : "Sat Nov 14 13:58:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Shoot me a DM if you want my spare bib for the 10k on Sunday, I can't make it anymore.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2121002727879259723"
          ],
          "editableUntil" : "2026-11-12T23:10:31.000Z",
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
        "83"
      ],
      "favorite_count" : "27",
      "id_str" : "2121002727879259723",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2121002727879259723",
      "created_at" : "Thu Nov 12 22:10:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Marathon in 9 days. Break a leg to everyone else running it (not literally please).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118386840392871046"
          ],
          "editableUntil" : "2026-11-05T17:55:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "trackday_tom",
            "screen_name" : "trackday_tom",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1301877123456789",
            "id" : "1301877123456789"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "35",
      "id_str" : "2118386840392871046",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2118386840392871046",
      "created_at" : "Thu Nov 05 16:55:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@trackday_tom you killed it on stage at the driver briefing today. Great talk 👏",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2118290718462787714",
      "in_reply_to_status_id" : "2118290718462787714",
      "in_reply_to_user_id_str" : "1301877123456789",
      "in_reply_to_user_id" : "1301877123456789",
      "in_reply_to_screen_name" : "trackday_tom"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2117974706222965525"
          ],
          "editableUntil" : "2026-11-04T14:38:14.000Z",
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
        "76"
      ],
      "favorite_count" : "35",
      "id_str" : "2117974706222965525",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2117974706222965525",
      "created_at" : "Wed Nov 04 13:38:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Recovery day. Foam roller, two episodes of a baking show and an early night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115144623465892680"
          ],
          "editableUntil" : "2026-10-27T19:12:30.000Z",
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
        "88"
      ],
      "favorite_count" : "12",
      "id_str" : "2115144623465892680",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2115144623465892680",
      "created_at" : "Tue Oct 27 18:12:30 +0000 2026",
      "favorited" : false,
      "full_text" : "VPN password is Acme!Chassis77 if anyone on the team is locked out again. Don't tell IT.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114829223436708542"
          ],
          "editableUntil" : "2026-10-26T22:19:13.000Z",
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
        "66"
      ],
      "favorite_count" : "21",
      "id_str" : "2114829223436708542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2114829223436708542",
      "created_at" : "Mon Oct 26 21:19:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Anyone know a good physio near Middlesex? Asking for my left calf.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113902181187597825"
          ],
          "editableUntil" : "2026-10-24T08:55:29.000Z",
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
        "82"
      ],
      "favorite_count" : "4",
      "id_str" : "2113902181187597825",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2113902181187597825",
      "created_at" : "Sat Oct 24 07:55:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Globex cars are death traps built by clowns. Friends don't let friends buy Globex.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113363025631027896"
          ],
          "editableUntil" : "2026-10-22T21:13:04.000Z",
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
        "97"
      ],
      "favorite_count" : "25",
      "id_str" : "2113363025631027896",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2113363025631027896",
      "created_at" : "Thu Oct 22 20:13:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Our stand at the motor show is up. Come say hi in hall 4, we have Roadrunner test drives all day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113344054663760932"
          ],
          "editableUntil" : "2026-10-22T19:57:41.000Z",
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
        "85"
      ],
      "favorite_count" : "8",
      "id_str" : "2113344054663760932",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2113344054663760932",
      "created_at" : "Thu Oct 22 18:57:41 +0000 2026",
      "favorited" : false,
      "full_text" : "I'm going to hurt the guy who keyed my car in the Acme lot. I know which desk is his.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111201441272631062"
          ],
          "editableUntil" : "2026-10-16T22:03:42.000Z",
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
        "75"
      ],
      "favorite_count" : "37",
      "id_str" : "2111201441272631062",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2111201441272631062",
      "created_at" : "Fri Oct 16 21:03:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Half marathon PB this morning: 1:38:12. The last 3k were pure stubbornness.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109655538681098445"
          ],
          "editableUntil" : "2026-10-12T15:40:50.000Z",
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
        "108"
      ],
      "favorite_count" : "15",
      "id_str" : "2109655538681098445",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2109655538681098445",
      "created_at" : "Mon Oct 12 14:40:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Can't say much but Project Falcon is going to blow Roadrunner out of the water. Not announced yet, so shhh 🤫",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107965399557644087"
          ],
          "editableUntil" : "2026-10-07T23:44:50.000Z",
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
        "73"
      ],
      "favorite_count" : "29",
      "id_str" : "2107965399557644087",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2107965399557644087",
      "created_at" : "Wed Oct 07 22:44:50 +0000 2026",
      "favorited" : false,
      "full_text" : "¡Qué carrera tan bonita hoy en Valencia! Gracias a todos los voluntarios.",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107407553918680432"
          ],
          "editableUntil" : "2026-10-06T10:48:09.000Z",
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
        "87"
      ],
      "favorite_count" : "11",
      "id_str" : "2107407553918680432",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2107407553918680432",
      "created_at" : "Tue Oct 06 09:48:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Tapering week. Carb loading means pasta three nights in a row and I am not complaining.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107196727058916807"
          ],
          "editableUntil" : "2026-10-05T20:50:24.000Z",
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
        "96"
      ],
      "favorite_count" : "33",
      "id_str" : "2107196727058916807",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2107196727058916807",
      "created_at" : "Mon Oct 05 19:50:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Reading Moby Dick for book club and honestly the whale chapters are my favourite part. Fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106371208657890808"
          ],
          "editableUntil" : "2026-10-03T14:10:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "senator_x",
            "screen_name" : "senator_x",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "902113344",
            "id" : "902113344"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "17",
      "id_str" : "2106371208657890808",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2106371208657890808",
      "created_at" : "Sat Oct 03 13:10:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@senator_x you absolute a**hole, read the bill before you vote on it",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2106304610548558925",
      "in_reply_to_status_id" : "2106304610548558925",
      "in_reply_to_user_id_str" : "902113344",
      "in_reply_to_user_id" : "902113344",
      "in_reply_to_screen_name" : "senator_x"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105388316624738579"
          ],
          "editableUntil" : "2026-09-30T21:04:25.000Z",
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
        "77"
      ],
      "favorite_count" : "3",
      "id_str" : "2105388316624738579",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2105388316624738579",
      "created_at" : "Wed Sep 30 20:04:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Booked a weekend in Penistone for hill training. Send hills. Actually, don't.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104624193213563031"
          ],
          "editableUntil" : "2026-09-28T18:28:04.000Z",
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
        "89"
      ],
      "favorite_count" : "3",
      "id_str" : "2104624193213563031",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2104624193213563031",
      "created_at" : "Mon Sep 28 17:28:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Team lunch at the ramen place near the office. The tonkotsu is worth the queue, trust me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104517182478211111"
          ],
          "editableUntil" : "2026-09-28T11:22:50.000Z",
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
        "102"
      ],
      "favorite_count" : "9",
      "id_str" : "2104517182478211111",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2104517182478211111",
      "created_at" : "Mon Sep 28 10:22:50 +0000 2026",
      "favorited" : false,
      "full_text" : "no one here knows how to f***ing drive. three roundabouts, three near misses, one very tired engineer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101588971692155898"
          ],
          "editableUntil" : "2026-09-20T09:27:11.000Z",
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
        "83"
      ],
      "favorite_count" : "35",
      "id_str" : "2101588971692155898",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2101588971692155898",
      "created_at" : "Sun Sep 20 08:27:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Finally watching the new season of Dexter and I already regret starting it at 11pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099916885347464610"
          ],
          "editableUntil" : "2026-09-15T18:42:54.000Z",
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
            "name" : "acme",
            "screen_name" : "acme",
            "indices" : [
              "3",
              "8"
            ],
            "id_str" : "1180442215309312001",
            "id" : "1180442215309312001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "2099916885347464610",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099916885347464610",
      "created_at" : "Tue Sep 15 17:42:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @acme: Roadrunner is officially on sale in 14 new markets from today. Thank you to everyone who made this happen! 🚗💨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095583954972983818"
          ],
          "editableUntil" : "2026-09-03T19:45:23.000Z",
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
        "94"
      ],
      "favorite_count" : "28",
      "id_str" : "2095583954972983818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095583954972983818",
      "created_at" : "Thu Sep 03 18:45:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Proud of the chassis team today. Roadrunner passed its winter cold-soak test on the first try.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095174123637490405"
          ],
          "editableUntil" : "2026-09-02T16:36:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "marathontraining",
            "indices" : [
              "82",
              "99"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "4",
      "id_str" : "2095174123637490405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095174123637490405",
      "created_at" : "Wed Sep 02 15:36:52 +0000 2026",
      "favorited" : false,
      "full_text" : "First long run of the block done. 24k along the canal, legs feel surprisingly ok. #marathontraining",
      "lang" : "en"
    }
  }
]
